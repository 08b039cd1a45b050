package io.assetbridge.connector.photoshelter.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.JpegImageParser;
import org.apache.commons.imaging.formats.jpeg.JpegImagingParameters;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.junit.jupiter.api.Test;

class TransRefStampTest {

  @Test
  void aJpegWithoutIptcGainsTransRefAndStaysAnImage() throws Exception {
    byte[] jpeg = plainJpeg();

    byte[] stamped =
        TransRefStamp.stamp(new ByteArrayInputStream(jpeg), "netx:4711").readAllBytes();

    assertThat(iptc(stamped)).containsEntry(103, "netx:4711");
    assertThat(Imaging.getImageSize(stamped)).isEqualTo(Imaging.getImageSize(jpeg));
  }

  @Test
  void existingIptcIsKeptAndAnOldTransRefReplaced() throws Exception {
    byte[] jpeg =
        withIptc(
            plainJpeg(),
            List.of(
                new IptcRecord(IptcTypes.OBJECT_NAME, "Hafen"),
                new IptcRecord(IptcTypes.ORIGINAL_TRANSMISSION_REFERENCE, "old:1"),
                new IptcRecord(IptcTypes.CAPTION_ABSTRACT, "Grüße aus Kiel")));

    byte[] stamped =
        TransRefStamp.stamp(new ByteArrayInputStream(jpeg), "netx:4711").readAllBytes();

    assertThat(iptc(stamped))
        .containsEntry(5, "Hafen")
        .containsEntry(120, "Grüße aus Kiel")
        .containsEntry(103, "netx:4711");
    assertThat(stamped.length).isBetween(jpeg.length - 32, jpeg.length + 32);
  }

  @Test
  void anythingElsePassesUnchanged() throws Exception {
    byte[] png = "\u0089PNG not really".getBytes("ISO-8859-1");
    assertThat(TransRefStamp.stamp(new ByteArrayInputStream(png), "netx:1").readAllBytes())
        .isEqualTo(png);
    byte[] empty = new byte[0];
    assertThat(TransRefStamp.stamp(new ByteArrayInputStream(empty), "netx:1").readAllBytes())
        .isEmpty();
  }

  private static Map<Integer, String> iptc(byte[] jpeg) throws Exception {
    var metadata =
        new JpegImageParser()
            .getPhotoshopMetadata(ByteSource.array(jpeg), new JpegImagingParameters());
    Map<Integer, String> values = new TreeMap<>();
    metadata
        .photoshopApp13Data
        .getRecords()
        .forEach(r -> values.put(r.iptcType.getType(), r.getValue()));
    return values;
  }

  private static byte[] plainJpeg() throws Exception {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().fillRect(8, 8, 20, 20);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  private static byte[] withIptc(byte[] jpeg, List<IptcRecord> records) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JpegIptcRewriter()
        .writeIptc(jpeg, out, new PhotoshopApp13Data(records, new ArrayList<>(), true));
    return out.toByteArray();
  }
}
