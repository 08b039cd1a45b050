package io.assetbridge.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class RenditionPlanTest {

  private static RenditionSpec spec(int w, int h, Fit fit) {
    return RenditionSpec.of("r", w, h, fit, ImageFormat.JPEG, 85);
  }

  @Test
  void insideKeepsAspectAndNeverUpscales() {
    assertThat(RenditionPlan.of(spec(2048, 2048, Fit.INSIDE), 6000, 4000).output())
        .isEqualTo(new Dimension(2048, 1365));
    assertThat(RenditionPlan.of(spec(2048, 2048, Fit.INSIDE), 800, 600).output())
        .isEqualTo(new Dimension(800, 600));
    assertThat(RenditionPlan.of(spec(100, 100, Fit.INSIDE), 10000, 10).output())
        .isEqualTo(new Dimension(100, 1));
  }

  @Test
  void coverCropsTheMasterToTheBoxAspectAroundTheFocalPoint() {
    RenditionSpec square = spec(1080, 1080, Fit.COVER);

    assertThat(RenditionPlan.of(square, 6000, 4000).crop())
        .isEqualTo(new Rectangle(1000, 0, 4000, 4000));
    assertThat(RenditionPlan.of(square.withFocalPoint(0.0, 0.5), 6000, 4000).crop())
        .isEqualTo(new Rectangle(0, 0, 4000, 4000));
    assertThat(RenditionPlan.of(square.withFocalPoint(0.9, 0.5), 6000, 4000).crop())
        .isEqualTo(new Rectangle(2000, 0, 4000, 4000));
    assertThat(RenditionPlan.of(square.withFocalPoint(0.5, 0.1), 4000, 6000).crop())
        .isEqualTo(new Rectangle(0, 0, 4000, 4000));
    assertThat(RenditionPlan.of(square, 6000, 4000).output()).isEqualTo(new Dimension(1080, 1080));
  }

  @Test
  void coverAndExactAlwaysGiveTheBoxSize() {
    assertThat(RenditionPlan.of(spec(300, 100, Fit.COVER), 50, 50).output())
        .isEqualTo(new Dimension(300, 100));
    assertThat(RenditionPlan.of(spec(300, 100, Fit.COVER), 50, 50).crop())
        .isEqualTo(new Rectangle(0, 17, 50, 17));
    assertThat(RenditionPlan.of(spec(300, 100, Fit.EXACT), 4000, 4000))
        .isEqualTo(new RenditionPlan(new Rectangle(0, 0, 4000, 4000), new Dimension(300, 100)));
  }

  @Test
  void subsamplingKeepsTheDecodedImageWithinThreeTimesTheTarget() {
    assertThat(MasterDecoder.step(10000, 2048)).isEqualTo(2);
    assertThat(MasterDecoder.step(10000, 1080)).isEqualTo(4);
    assertThat(MasterDecoder.step(6000, 2048)).isEqualTo(1);
    assertThat(MasterDecoder.step(100, 300)).isEqualTo(1);
  }
}
