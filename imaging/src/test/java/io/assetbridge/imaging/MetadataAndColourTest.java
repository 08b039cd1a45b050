package io.assetbridge.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.junit.jupiter.api.Test;

class MetadataAndColourTest {
  private static final EmbeddedMetadata CREDITS =
      new EmbeddedMetadata(
          "Harbour at dawn",
          "Fishing boats leave Zürich's harbour — 東京 too",
          "Acme Photo Agency",
          "© 2024 Jane Doe",
          "Jane Doe",
          List.of("harbour", "dawn"));

  private static final byte[] MASTER = Masters.jpeg(Masters.filled(300, 200, Color.ORANGE));

  @Test
  void jpegCarriesIptcAndXmpWhenMetadataIsKept() throws IOException {
    RenditionSpec spec =
        RenditionSpec.of("web", 100, 100, Fit.INSIDE, ImageFormat.JPEG, 85).withKeepMetadata(true);

    byte[] out = Renditions.render(MASTER, "m.jpg", spec, CREDITS).bytes();

    Map<String, String> iptc = iptc(out);
    assertThat(iptc)
        .containsEntry("Caption/Abstract", CREDITS.caption())
        .containsEntry("Credit", "Acme Photo Agency")
        .containsEntry("Copyright Notice", "© 2024 Jane Doe")
        .containsEntry("By-line", "Jane Doe")
        .containsEntry("Object Name", "Harbour at dawn");
    assertThat(Imaging.getXmpXml(out))
        .contains("<rdf:li xml:lang=\"x-default\">" + CREDITS.caption() + "</rdf:li>")
        .contains("<photoshop:Credit>Acme Photo Agency</photoshop:Credit>")
        .contains("<rdf:li>harbour</rdf:li><rdf:li>dawn</rdf:li>");
  }

  @Test
  void metadataIsStrippedWhenNotKept() throws IOException {
    RenditionSpec spec = RenditionSpec.of("web", 100, 100, Fit.INSIDE, ImageFormat.JPEG, 85);
    byte[] tagged = Masters.withExifOrientation(MASTER, 1);

    byte[] out = Renditions.render(tagged, "m.jpg", spec, CREDITS).bytes();

    JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(out);
    assertThat(metadata).isNull();
    assertThat(Imaging.getXmpXml(out)).isNull();
  }

  @Test
  void pngCarriesXmpAndTextChunksWhenMetadataIsKept() throws IOException {
    RenditionSpec spec =
        RenditionSpec.of("web", 100, 100, Fit.INSIDE, ImageFormat.PNG, 85).withKeepMetadata(true);

    byte[] out = Renditions.render(MASTER, "m.jpg", spec, CREDITS).bytes();

    assertThat(Imaging.getXmpXml(out))
        .contains(CREDITS.caption())
        .contains("<rdf:li xml:lang=\"x-default\">© 2024 Jane Doe</rdf:li>");
    assertThat(Imaging.getMetadata(out).toString()).contains("Copyright: © 2024 Jane Doe");
  }

  @Test
  void iccTaggedJpegIsConvertedToSrgb() {
    // linear-light 50% grey is sRGB ~188; copying the numbers without the profile would give 128
    byte[] grey = Masters.jpeg(Masters.filled(64, 64, new Color(128, 128, 128)), 95);
    ICC_Profile linear = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB);
    byte[] master = Masters.withIccProfile(grey, linear);

    BufferedImage out =
        Renditions.render(
                master, "linear.jpg", RenditionSpec.of("r", 32, 32, Fit.EXACT, ImageFormat.PNG, 90))
            .picture();

    assertThat(Pixels.green(out.getRGB(16, 16))).isBetween(180, 196);
  }

  @Test
  void cmykJpegComesOutAsRgb() {
    byte[] master = Masters.jpeg(Masters.cmykRed(64, 64), 95);

    BufferedImage out =
        Renditions.render(
                master, "cmyk.jpg", RenditionSpec.of("r", 32, 32, Fit.EXACT, ImageFormat.JPEG, 90))
            .picture();

    int rgb = out.getRGB(16, 16);
    assertThat(Pixels.red(rgb)).isGreaterThan(180);
    assertThat(Pixels.green(rgb)).isLessThan(100);
    assertThat(Pixels.blue(rgb)).isLessThan(100);
  }

  @Test
  void greyJpegKeepsItsGreyLevel() {
    BufferedImage grey = new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_GRAY);
    grey.getRaster().setSamples(0, 0, 50, 50, 0, new int[50 * 50]);
    java.util.Arrays.fill(
        ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData(), (byte) 100);

    BufferedImage out =
        Renditions.render(
                Masters.jpeg(grey, 95),
                "g.jpg",
                RenditionSpec.of("r", 20, 20, Fit.EXACT, ImageFormat.PNG, 90))
            .picture();

    assertThat(Pixels.red(out.getRGB(10, 10))).isBetween(97, 103);
  }

  private static Map<String, String> iptc(byte[] jpeg) throws IOException {
    JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(jpeg);
    return metadata.getPhotoshop().photoshopApp13Data.getRecords().stream()
        .filter(r -> !r.getIptcTypeName().equals("Keywords"))
        .collect(Collectors.toMap(IptcRecord::getIptcTypeName, IptcRecord::getValue, (a, b) -> a));
  }
}
