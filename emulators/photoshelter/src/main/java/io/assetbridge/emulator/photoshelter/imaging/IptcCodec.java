package io.assetbridge.emulator.photoshelter.imaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.JpegImageParser;
import org.apache.commons.imaging.formats.jpeg.JpegImagingParameters;
import org.apache.commons.imaging.formats.jpeg.JpegPhotoshopMetadata;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcType;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;

/**
 * Reads and writes the IIM tags of §7 in a JPEG's APP13 segment (UTF-8). {@code rights} has no IIM
 * tag: {@link XmpRights} carries it.
 */
public final class IptcCodec {

  private static final Map<String, IptcTypes> TAGS = tags();

  private IptcCodec() {}

  private static Map<String, IptcTypes> tags() {
    Map<String, IptcTypes> tags = new LinkedHashMap<>();
    tags.put("title", IptcTypes.OBJECT_NAME);
    tags.put("keyword", IptcTypes.KEYWORDS);
    tags.put("author", IptcTypes.BYLINE);
    tags.put("city", IptcTypes.CITY);
    tags.put("country", IptcTypes.COUNTRY_PRIMARY_LOCATION_NAME);
    tags.put("trans_ref", IptcTypes.ORIGINAL_TRANSMISSION_REFERENCE);
    tags.put("headline", IptcTypes.HEADLINE);
    tags.put("credit", IptcTypes.CREDIT);
    tags.put("source", IptcTypes.SOURCE);
    tags.put("copyright", IptcTypes.COPYRIGHT_NOTICE);
    tags.put("caption", IptcTypes.CAPTION_ABSTRACT);
    return tags;
  }

  /** The mapped tags found in {@code jpeg}; repeated keywords are joined with ','. */
  public static Map<String, String> read(byte[] jpeg) {
    Map<String, String> values = new LinkedHashMap<>();
    for (IptcRecord record : records(jpeg)) {
      TAGS.forEach(
          (key, type) -> {
            if (type.getType() == record.iptcType.getType()) {
              values.merge(key, record.getValue(), (a, b) -> a + "," + b);
            }
          });
    }
    return values;
  }

  private static List<IptcRecord> records(byte[] jpeg) {
    try {
      JpegPhotoshopMetadata metadata =
          new JpegImageParser()
              .getPhotoshopMetadata(ByteSource.array(jpeg), new JpegImagingParameters());
      return metadata == null ? List.of() : metadata.photoshopApp13Data.getRecords();
    } catch (IOException e) {
      return List.of(); // not a JPEG or no readable APP13: the upload simply has no IPTC
    }
  }

  /** {@code jpeg} with its IPTC replaced by the mapped, non-empty values of {@code iptc}. */
  public static byte[] embed(byte[] jpeg, Map<String, String> iptc) {
    List<IptcRecord> records = new ArrayList<>();
    TAGS.forEach((key, type) -> addRecords(records, type, key, iptc.getOrDefault(key, "")));
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 4096);
      new JpegIptcRewriter()
          .writeIptc(jpeg, out, new PhotoshopApp13Data(records, new ArrayList<>(), true));
      return XmpRights.embed(out.toByteArray(), iptc.getOrDefault("rights", ""));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot embed IPTC", e);
    }
  }

  private static void addRecords(
      List<IptcRecord> records, IptcType type, String key, String value) {
    if (key.equals("keyword")) {
      for (String keyword : value.split(",")) {
        if (!keyword.isBlank()) {
          records.add(new IptcRecord(type, keyword.strip()));
        }
      }
    } else if (!value.isEmpty()) {
      records.add(new IptcRecord(type, value));
    }
  }
}
