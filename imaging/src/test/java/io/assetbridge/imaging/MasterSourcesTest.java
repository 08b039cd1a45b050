package io.assetbridge.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterSourcesTest {
  @TempDir Path dir;

  @Test
  void severalRenditionsFromOneMasterFile() throws IOException {
    Path master = dir.resolve("shoot.tif");
    Files.write(master, Masters.tiff(Masters.redLeftBlueRight(900, 600)));
    RenditionMaker maker = new RenditionMaker(dir);

    RenditionResult web =
        maker.render(
            master,
            "shoot.tif",
            RenditionSpec.of("web", 300, 300, Fit.INSIDE, ImageFormat.JPEG, 85),
            EmbeddedMetadata.NONE,
            new ByteArrayOutputStream());
    RenditionResult square =
        maker.render(
            master,
            "shoot.tif",
            RenditionSpec.of("sq", 100, 100, Fit.COVER, ImageFormat.PNG, 85),
            EmbeddedMetadata.NONE,
            new ByteArrayOutputStream());

    assertThat(web)
        .isEqualTo(new RenditionResult(300, 200, "image/jpeg", web.bytes(), "shoot-web.jpg"));
    assertThat(square.fileName()).isEqualTo("shoot-sq.png");
    assertThat(square.width()).isEqualTo(100);
  }

  @Test
  void tiffCoverCropOffTheLeftEdgeKeepsTheRightRegion() {
    // red square in the top-right corner; a subsampled read of a region that does not start at
    // column 0 is what TwelveMonkeys' TIFF reader gets wrong, so this guards the workaround
    byte[] master = Masters.tiff(Masters.redSquareOnBlue(1600, 400, 1400, 0, 200));
    RenditionSpec square = RenditionSpec.of("sq", 100, 100, Fit.COVER, ImageFormat.PNG, 90);

    BufferedImage right = Renditions.render(master, "m.tif", square.withFocalPoint(1, 0)).picture();
    BufferedImage left = Renditions.render(master, "m.tif", square.withFocalPoint(0, 0)).picture();

    assertThat(Pixels.at(right, 90, 10)).isEqualTo(Color.RED);
    assertThat(Pixels.at(right, 40, 10)).isEqualTo(Color.BLUE);
    assertThat(Pixels.at(right, 90, 60)).isEqualTo(Color.BLUE);
    assertThat(Pixels.count(left, Pixels::isReddish)).isZero();
  }

  @Test
  void spooledMastersAreDeletedAfterSuccessAndFailure() throws IOException {
    Path spool = Files.createDirectory(dir.resolve("spool"));
    RenditionMaker maker = new RenditionMaker(spool);
    RenditionSpec spec = RenditionSpec.of("r", 50, 50, Fit.INSIDE, ImageFormat.JPEG, 80);
    byte[] good = Masters.png(Masters.filled(80, 80, Color.GREEN));

    maker.render(new ByteArrayInputStream(good), "g.png", spec, null, new ByteArrayOutputStream());
    assertThatThrownBy(
            () ->
                maker.render(
                    new ByteArrayInputStream(new byte[] {1, 2, 3}),
                    "bad.png",
                    spec,
                    null,
                    new ByteArrayOutputStream()))
        .isInstanceOf(UnreadableMasterException.class);

    try (Stream<Path> left = Files.list(spool)) {
      assertThat(left).isEmpty();
    }
  }
}
