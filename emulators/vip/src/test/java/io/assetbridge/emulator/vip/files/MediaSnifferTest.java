package io.assetbridge.emulator.vip.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.emulator.vip.support.Images;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaSnifferTest {
  @TempDir Path dir;

  private MediaFacts inspect(byte[] bytes) throws Exception {
    Path path = Files.write(dir.resolve("f"), bytes);
    return MediaSniffer.inspect(path, "application/x-declared");
  }

  @Test
  void readsJpegPngAndGifSizes() throws Exception {
    assertThat(inspect(Images.jpeg(33, 21))).isEqualTo(new MediaFacts("image/jpeg", 33, 21));
    assertThat(inspect(Images.png(7, 5))).isEqualTo(new MediaFacts("image/png", 7, 5));
    assertThat(inspect(Images.gif(9, 4))).isEqualTo(new MediaFacts("image/gif", 9, 4));
  }

  @Test
  void readsTiffSize() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(12, 34, BufferedImage.TYPE_INT_RGB), "tiff", out);

    assertThat(inspect(out.toByteArray())).isEqualTo(new MediaFacts("image/tiff", 12, 34));
  }

  @Test
  void readsExtendedWebpSize() throws Exception {
    byte[] webp = new byte[30];
    System.arraycopy("RIFF".getBytes(), 0, webp, 0, 4);
    System.arraycopy("WEBPVP8X".getBytes(), 0, webp, 8, 8);
    webp[24] = (byte) 199; // width - 1 = 199
    webp[27] = (byte) 99; // height - 1 = 99

    assertThat(inspect(webp)).isEqualTo(new MediaFacts("image/webp", 200, 100));
  }

  @Test
  void fallsBackToTheDeclaredTypeForUnknownBytes() throws Exception {
    assertThat(inspect("plain".getBytes()))
        .isEqualTo(new MediaFacts("application/x-declared", null, null));
    assertThat(inspect("%PDF-1.7".getBytes()).mediaType()).isEqualTo("application/pdf");
  }

  @Test
  void seedImagesAreDeterministicBaselineJpegs() throws Exception {
    byte[] first = SeedImage.jpeg("IMG_1.jpg", 64, 40);

    assertThat(SeedImage.jpeg("IMG_1.jpg", 64, 40)).isEqualTo(first);
    assertThat(SeedImage.jpeg("IMG_2.jpg", 64, 40)).isNotEqualTo(first);
    assertThat(inspect(first)).isEqualTo(new MediaFacts("image/jpeg", 64, 40));
    assertThat(containsMarker(first, 0xC0)).as("baseline SOF0").isTrue();
  }

  private static boolean containsMarker(byte[] jpeg, int marker) {
    for (int i = 0; i < jpeg.length - 1; i++) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
        return true;
      }
    }
    return false;
  }
}
