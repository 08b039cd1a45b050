package io.assetbridge.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenditionSpecTest {

  @Test
  void acceptsAWellFormedSpec() {
    RenditionSpec spec =
        new RenditionSpec(
            "web-2048", 2048, 2048, Fit.INSIDE, 0.25, 1.0, ImageFormat.JPEG, 85, true);

    assertThat(spec.focalX()).isEqualTo(0.25);
    assertThat(spec.keepMetadata()).isTrue();
  }

  @Test
  void rejectsBadValuesNamingTheRenditionAndTheField() {
    assertThatThrownBy(() -> RenditionSpec.of("thumb", 0, 100, Fit.INSIDE, ImageFormat.JPEG, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rendition thumb: width must be 1..65500, was 0");
    assertThatThrownBy(() -> RenditionSpec.of("thumb", 100, -1, Fit.INSIDE, ImageFormat.PNG, 80))
        .hasMessageContaining("height must be 1..65500, was -1");
    assertThatThrownBy(() -> RenditionSpec.of("thumb", 100, 100, Fit.COVER, ImageFormat.JPEG, 0))
        .hasMessage("rendition thumb: quality must be 1..100, was 0");
    assertThatThrownBy(
            () ->
                RenditionSpec.of("thumb", 100, 100, Fit.COVER, ImageFormat.JPEG, 80)
                    .withFocalPoint(1.5, 0.5))
        .hasMessage("rendition thumb: focalX must be between 0 and 1, was 1.5");
    assertThatThrownBy(() -> RenditionSpec.of("a/b", 100, 100, Fit.COVER, ImageFormat.JPEG, 80))
        .hasMessageContaining("may only contain letters, digits");
    assertThatThrownBy(() -> RenditionSpec.of("thumb", 100, 100, null, ImageFormat.JPEG, 80))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rendition thumb: fit is required");
  }

  @Test
  void parsesFormatsAndRejectsWebpListingWhatIsSupported() {
    assertThat(ImageFormat.parse("JPG")).isEqualTo(ImageFormat.JPEG);
    assertThat(ImageFormat.parse("png")).isEqualTo(ImageFormat.PNG);
    assertThatThrownBy(() -> ImageFormat.parse("webp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("webp is not supported")
        .hasMessageEndingWith("supported formats: jpeg, png");
    assertThatThrownBy(() -> ImageFormat.parse("gif"))
        .hasMessage("unknown rendition format 'gif'; supported formats: jpeg, png");
  }

  @Test
  void metadataDropsBlankKeywordsAndKnowsWhenItIsEmpty() {
    EmbeddedMetadata blank =
        new EmbeddedMetadata(" ", null, "", null, null, Arrays.asList("", null, "  "));

    assertThat(blank.isEmpty()).isTrue();
    assertThat(new EmbeddedMetadata(null, null, null, null, null, List.of("sea")).isEmpty())
        .isFalse();
  }

  @Test
  void fileNameIsMasterBaseNameDashRenditionNameAndExtension() {
    RenditionSpec png = RenditionSpec.of("social-square", 1, 1, Fit.COVER, ImageFormat.PNG, 90);
    RenditionSpec jpeg = RenditionSpec.of("web-2048", 1, 1, Fit.INSIDE, ImageFormat.JPEG, 90);

    assertThat(RenditionMaker.fileName("beach.day.TIF", png))
        .isEqualTo("beach.day-social-square.png");
    assertThat(RenditionMaker.fileName("shoots/2024/IMG_1.jpeg", jpeg))
        .isEqualTo("IMG_1-web-2048.jpg");
    assertThat(RenditionMaker.fileName("noext", jpeg)).isEqualTo("noext-web-2048.jpg");
  }
}
