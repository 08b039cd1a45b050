package io.assetbridge.connector.photoshelter.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcBlock;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcConstants;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcParser;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;

/** Builds Photoshop APP13 payloads whose IPTC carries {@code trans_ref}; other blocks are kept. */
final class IptcSegment {
  private static final int MAX_PAYLOAD = 0xFFFF - 2;
  private static final byte[] PHOTOSHOP = "Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII);

  private IptcSegment() {}

  static boolean isPhotoshop(byte[] payload) {
    return payload.length >= PHOTOSHOP.length
        && java.util.Arrays.equals(payload, 0, PHOTOSHOP.length, PHOTOSHOP, 0, PHOTOSHOP.length);
  }

  static byte[] fresh(String transRef) throws IOException {
    return write(List.of(record(transRef)), new ArrayList<>(), !isAscii(transRef));
  }

  /** The payload with 2:103 replaced; the original when it cannot be read or would not fit. */
  static byte[] withTransRef(byte[] payload, String transRef) {
    try {
      PhotoshopApp13Data old = new IptcParser().parsePhotoshopSegment(payload, false);
      List<IptcRecord> records = new ArrayList<>();
      for (IptcRecord r : old.getRecords()) {
        if (r.iptcType.getType() != IptcTypes.ORIGINAL_TRANSMISSION_REFERENCE.getType()) {
          records.add(r);
        }
      }
      records.add(record(transRef));
      boolean utf8 =
          old.isForceUtf8Encoding() || records.stream().anyMatch(r -> !isAscii(r.getValue()));
      byte[] rewritten = write(records, new ArrayList<>(old.getNonIptcBlocks()), utf8);
      return rewritten.length <= MAX_PAYLOAD ? rewritten : payload;
    } catch (IOException | RuntimeException unreadable) {
      return payload;
    }
  }

  private static byte[] write(List<IptcRecord> records, List<IptcBlock> blocks, boolean utf8)
      throws IOException, ImagingException {
    IptcParser parser = new IptcParser();
    blocks.add(
        new IptcBlock(
            IptcConstants.IMAGE_RESOURCE_BLOCK_IPTC_DATA,
            new byte[0],
            parser.writeIptcBlock(records, utf8)));
    return parser.writePhotoshopApp13Segment(new PhotoshopApp13Data(records, blocks));
  }

  private static IptcRecord record(String transRef) {
    return new IptcRecord(IptcTypes.ORIGINAL_TRANSMISSION_REFERENCE, transRef);
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }
}
