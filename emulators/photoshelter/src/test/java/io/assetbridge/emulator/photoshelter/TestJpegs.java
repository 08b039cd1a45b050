package io.assetbridge.emulator.photoshelter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.JpegImageParser;
import org.apache.commons.imaging.formats.jpeg.JpegImagingParameters;
import org.apache.commons.imaging.formats.jpeg.JpegPhotoshopMetadata;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;

/**
 * JPEGs written and read with ImageIO and commons-imaging directly, independent of the emulator's
 * code.
 */
final class TestJpegs {

  private TestJpegs() {}

  static byte[] withIptc(int width, int height, List<IptcRecord> records) throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", plain);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JpegIptcRewriter()
        .writeIptc(
            plain.toByteArray(), out, new PhotoshopApp13Data(records, new ArrayList<>(), true));
    return out.toByteArray();
  }

  static IptcRecord record(IptcTypes type, String value) {
    return new IptcRecord(type, value);
  }

  /** IIM values by type name; repeated tags joined with ','. */
  static Map<String, String> iptc(byte[] jpeg) throws IOException {
    JpegPhotoshopMetadata metadata =
        new JpegImageParser()
            .getPhotoshopMetadata(ByteSource.array(jpeg), new JpegImagingParameters());
    Map<String, String> values = new LinkedHashMap<>();
    if (metadata != null) {
      for (IptcRecord r : metadata.photoshopApp13Data.getRecords()) {
        values.merge(r.getIptcTypeName(), r.getValue(), (a, b) -> a + "," + b);
      }
    }
    return values;
  }

  static BufferedImage decode(byte[] jpeg) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(jpeg));
  }

  static byte[] multipart(
      String boundary, Map<String, String> fields, String fileName, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach(
        (k, v) ->
            write(
                out,
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + k
                    + "\"\r\n\r\n"
                    + v
                    + "\r\n"));
    if (file != null) {
      write(
          out,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: image/jpeg\r\n\r\n");
      out.writeBytes(file);
      write(out, "\r\n");
    }
    write(out, "--" + boundary + "--\r\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
