package io.assetbridge.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RenditionMakerTest {

  static Stream<Arguments> mastersAndFits() {
    Function<BufferedImage, byte[]> jpeg = Masters::jpeg;
    Function<BufferedImage, byte[]> png = Masters::png;
    Function<BufferedImage, byte[]> tiff = Masters::tiff;
    return Stream.of(
        Arguments.of("a.jpg", jpeg, Fit.INSIDE, 300, 200),
        Arguments.of("a.jpg", jpeg, Fit.COVER, 300, 250),
        Arguments.of("a.jpg", jpeg, Fit.EXACT, 300, 250),
        Arguments.of("a.png", png, Fit.INSIDE, 300, 200),
        Arguments.of("a.png", png, Fit.COVER, 300, 250),
        Arguments.of("a.png", png, Fit.EXACT, 300, 250),
        Arguments.of("a.tif", tiff, Fit.INSIDE, 300, 200),
        Arguments.of("a.tif", tiff, Fit.COVER, 300, 250),
        Arguments.of("a.tif", tiff, Fit.EXACT, 300, 250));
  }

  @ParameterizedTest(name = "{0} {2} 300x250 -> {3}x{4}")
  @MethodSource("mastersAndFits")
  void eachFitGivesItsPixelDimensions(
      String name, Function<BufferedImage, byte[]> encode, Fit fit, int width, int height) {
    byte[] master = encode.apply(Masters.redLeftBlueRight(1200, 800));
    RenditionSpec spec = RenditionSpec.of("r", 300, 250, fit, ImageFormat.JPEG, 85);

    Renditions out = Renditions.render(master, name, spec);

    assertThat(out.result().width()).isEqualTo(width);
    assertThat(out.result().height()).isEqualTo(height);
    assertThat(out.picture().getWidth()).isEqualTo(width);
    assertThat(out.picture().getHeight()).isEqualTo(height);
    assertThat(out.result().bytes()).isEqualTo(out.bytes().length);
    assertThat(out.result().mediaType()).isEqualTo("image/jpeg");
    assertThat(out.result().fileName()).isEqualTo("a-r.jpg");
  }

  @Test
  void insideNeverUpscalesASmallMaster() {
    byte[] master = Masters.png(Masters.filled(120, 80, Color.GREEN));
    RenditionSpec spec = RenditionSpec.of("web-2048", 2048, 2048, Fit.INSIDE, ImageFormat.PNG, 90);

    Renditions out = Renditions.render(master, "small.png", spec);

    assertThat(out.picture().getWidth()).isEqualTo(120);
    assertThat(out.picture().getHeight()).isEqualTo(80);
    assertThat(out.result().mediaType()).isEqualTo("image/png");
    assertThat(out.result().fileName()).isEqualTo("small-web-2048.png");
  }

  @Test
  void coverCropsAroundTheFocalPoint() {
    // 400x200 blue master, red square 100x100 top-left; a square crop is 200x200
    byte[] master = Masters.png(Masters.redCornerOnBlue(400, 200, 100));
    RenditionSpec square = RenditionSpec.of("sq", 100, 100, Fit.COVER, ImageFormat.PNG, 90);

    BufferedImage left = Renditions.render(master, "m.png", square.withFocalPoint(0, 0)).picture();
    BufferedImage right = Renditions.render(master, "m.png", square.withFocalPoint(1, 1)).picture();

    assertThat(Pixels.at(left, 10, 10)).isEqualTo(Color.RED);
    assertThat(Pixels.at(left, 40, 40)).isEqualTo(Color.RED);
    assertThat(Pixels.at(left, 60, 60)).isEqualTo(Color.BLUE);
    assertThat(Pixels.count(right, Pixels::isReddish)).isZero();
  }

  @Test
  void exifOrientationSixTurnsTheRenditionUpright() {
    // stored landscape: left half red; orientation 6 shows stored column 0 along the top
    byte[] master =
        Masters.withExifOrientation(Masters.jpeg(Masters.redLeftBlueRight(200, 100)), 6);
    RenditionSpec spec = RenditionSpec.of("r", 1000, 1000, Fit.INSIDE, ImageFormat.JPEG, 90);

    BufferedImage out = Renditions.render(master, "turned.jpg", spec).picture();

    assertThat(out.getWidth()).isEqualTo(100);
    assertThat(out.getHeight()).isEqualTo(200);
    assertThat(Pixels.isReddish(out.getRGB(50, 20))).isTrue();
    assertThat(Pixels.isBluish(out.getRGB(50, 180))).isTrue();
  }

  @Test
  void tiffOrientationTagIsAppliedToo() {
    byte[] master = Masters.tiffWithOrientation(Masters.redLeftBlueRight(200, 100), 6);
    RenditionSpec spec = RenditionSpec.of("r", 50, 50, Fit.INSIDE, ImageFormat.PNG, 90);

    BufferedImage out = Renditions.render(master, "turned.tif", spec).picture();

    assertThat(out.getWidth()).isEqualTo(25);
    assertThat(out.getHeight()).isEqualTo(50);
    assertThat(Pixels.at(out, 12, 5)).isEqualTo(Color.RED);
    assertThat(Pixels.at(out, 12, 45)).isEqualTo(Color.BLUE);
  }

  @Test
  void orientationAlsoAppliesToCoverCrops() {
    byte[] master =
        Masters.withExifOrientation(Masters.jpeg(Masters.redLeftBlueRight(400, 200)), 8);
    RenditionSpec top = RenditionSpec.of("t", 50, 50, Fit.COVER, ImageFormat.JPEG, 90);

    // orientation 8 shows stored column 0 at the bottom: the upright top square is blue
    BufferedImage out = Renditions.render(master, "m.jpg", top.withFocalPoint(0.5, 0)).picture();

    assertThat(Pixels.count(out, Pixels::isReddish)).isZero();
    assertThat(Pixels.isBluish(out.getRGB(25, 25))).isTrue();
  }

  @Test
  void higherQualityGivesLargerJpegs() {
    byte[] master = Masters.png(Masters.noise(300, 300));
    RenditionSpec low = RenditionSpec.of("low", 300, 300, Fit.INSIDE, ImageFormat.JPEG, 20);
    RenditionSpec high = RenditionSpec.of("high", 300, 300, Fit.INSIDE, ImageFormat.JPEG, 95);

    long lowBytes = Renditions.render(master, "n.png", low).result().bytes();
    long highBytes = Renditions.render(master, "n.png", high).result().bytes();

    assertThat(highBytes).isGreaterThan(lowBytes * 2);
  }

  @Test
  void transparentPngKeepsAlphaAsPngAndTurnsWhiteAsJpeg() {
    BufferedImage clear = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
    byte[] master = Masters.png(clear);

    BufferedImage png =
        Renditions.render(
                master, "c.png", RenditionSpec.of("p", 20, 20, Fit.EXACT, ImageFormat.PNG, 90))
            .picture();
    BufferedImage jpeg =
        Renditions.render(
                master, "c.png", RenditionSpec.of("j", 20, 20, Fit.EXACT, ImageFormat.JPEG, 90))
            .picture();

    assertThat(png.getColorModel().hasAlpha()).isTrue();
    assertThat(png.getRGB(10, 10) >>> 24).isZero();
    assertThat(Pixels.at(jpeg, 10, 10)).isEqualTo(Color.WHITE);
  }
}
