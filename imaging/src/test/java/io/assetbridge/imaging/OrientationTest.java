package io.assetbridge.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class OrientationTest {

  /** A stored picture whose every pixel has its own value, so positions can be traced. */
  private static BufferedImage numbered(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        image.setRGB(x, y, y * w + x);
      }
    }
    return image;
  }

  @Test
  void rotate90ClockwiseShowsTheStoredLeftColumnAlongTheTop() {
    BufferedImage stored = numbered(3, 2);

    BufferedImage upright = Orientation.fromExif(6).apply(stored);

    assertThat(upright.getWidth()).isEqualTo(2);
    assertThat(upright.getHeight()).isEqualTo(3);
    // stored row 0 is the visual right-hand side, stored column 0 the visual top
    assertThat(upright.getRGB(1, 0) & 0xffffff).isEqualTo(stored.getRGB(0, 0) & 0xffffff);
    assertThat(upright.getRGB(0, 0) & 0xffffff).isEqualTo(stored.getRGB(0, 1) & 0xffffff);
  }

  @Test
  void everyOrientationMapsUprightRegionsBackToTheStoredPixelsTheyShow() {
    BufferedImage stored = numbered(5, 3);
    Dimension size = new Dimension(5, 3);
    for (int exif = 1; exif <= 8; exif++) {
      Orientation orientation = Orientation.fromExif(exif);
      BufferedImage upright = orientation.apply(stored);
      assertThat(new Dimension(upright.getWidth(), upright.getHeight()))
          .isEqualTo(orientation.upright(size));
      for (int y = 0; y < upright.getHeight(); y++) {
        for (int x = 0; x < upright.getWidth(); x++) {
          Rectangle source = orientation.toStored(new Rectangle(x, y, 1, 1), size);
          assertThat(source.getSize()).isEqualTo(new Dimension(1, 1));
          assertThat(upright.getRGB(x, y))
              .as("exif %d at %d,%d", exif, x, y)
              .isEqualTo(stored.getRGB(source.x, source.y));
        }
      }
    }
  }

  @Test
  void unknownValuesAreUpright() {
    assertThat(Orientation.fromExif(0)).isEqualTo(Orientation.NORMAL);
    assertThat(Orientation.fromExif(9)).isEqualTo(Orientation.NORMAL);
  }
}
