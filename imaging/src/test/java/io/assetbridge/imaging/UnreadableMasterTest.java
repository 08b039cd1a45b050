package io.assetbridge.imaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnreadableMasterTest {
  private static final RenditionSpec SPEC =
      RenditionSpec.of("web", 100, 100, Fit.INSIDE, ImageFormat.JPEG, 85);

  @Test
  void bytesThatAreNoImageAreRejectedNamingTheMaster() {
    byte[] junk = new byte[4096];
    new Random(1).nextBytes(junk);

    assertThatThrownBy(() -> Renditions.render(junk, "notes.jpg", SPEC))
        .isInstanceOf(UnreadableMasterException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("master 'notes.jpg' is not an image we can read (supported: JPEG, PNG, TIFF)");
  }

  @Test
  void aJpegWithGarbageAfterItsHeaderIsReportedCorrupt() {
    byte[] jpeg = Masters.jpeg(Masters.noise(200, 200));
    byte[] broken = Arrays.copyOf(jpeg, jpeg.length);
    Arrays.fill(broken, 2, broken.length, (byte) 0x5a);

    assertThatThrownBy(() -> Renditions.render(broken, "broken.jpg", SPEC))
        .isInstanceOf(UnreadableMasterException.class)
        .hasMessageStartingWith("master 'broken.jpg'");
  }

  @Test
  void anEmptyMasterIsRejected() {
    assertThatThrownBy(() -> Renditions.render(new byte[0], "empty.jpg", SPEC))
        .isInstanceOf(UnreadableMasterException.class)
        .hasMessage("master 'empty.jpg' is empty");
  }

  @Test
  void aTruncatedPngIsReportedCorrupt() {
    byte[] png = Masters.png(Masters.noise(200, 200));
    byte[] truncated = Arrays.copyOf(png, png.length / 2);

    assertThatThrownBy(() -> Renditions.render(truncated, "cut.png", SPEC))
        .isInstanceOf(UnreadableMasterException.class)
        .hasMessageContaining("master 'cut.png' is corrupt");
  }

  @Test
  void aTruncatedJpegIsReportedCorrupt() {
    byte[] jpeg = Masters.jpeg(Masters.filled(400, 400, Color.ORANGE));
    byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);

    assertThatThrownBy(() -> Renditions.render(truncated, "cut.jpg", SPEC))
        .isInstanceOf(UnreadableMasterException.class)
        .hasMessage(
            "master 'cut.jpg' is corrupt or truncated: Corrupt JPEG data: premature end of data segment");
  }
}
