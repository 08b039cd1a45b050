package io.assetbridge.connector.photoshelter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.NewAsset;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RetryableException;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailureTest extends EmulatorTestBase {
  private static final String IMAGE = "/psapi/v3/mem/image/I0000scriptedImg";
  private static final String SESSION_EXPIRED =
      "{\"status\":\"error\",\"error\":{\"code\":401,\"class\":\"SessionExpiredErr\","
          + "\"message\":\"Session expired\"}}";

  @Test
  void a429SurfacesAsRetryableWithItsRetryAfter() {
    String id = driver.seed(1, "Inbox", 51).get(0);
    var connector = connector();
    connector.testConnection();
    driver.faults(Map.of("p_429", 1.0, "retry_after_s", 7));

    var e = catchThrowableOfType(RetryableException.class, () -> connector.read(id));

    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(e).hasMessageContaining("429");
  }

  @Test
  void serverTroubleAndDroppedConnectionsAreRetryable() {
    String id = driver.seed(1, "Inbox", 52).get(0);
    var connector = connector();
    connector.testConnection();

    driver.faults(Map.of("p_5xx", 1.0, "status_5xx", 503));
    assertThatThrownBy(() -> connector.read(id))
        .isInstanceOf(RetryableException.class)
        .hasMessageContaining("503");
    driver.faults(Map.of("p_drop", 1.0));
    assertThatThrownBy(() -> connector.read(id)).isInstanceOf(RetryableException.class);
  }

  @Test
  void aSuccessWhoseBodyIsNotJsonIsPermanentAndNamesTheCall() {
    try (var platform = new ScriptedPlatform()) {
      platform.answer(IMAGE, 200, "<html>maintenance</html>");
      var connector = scripted(platform);

      assertThatThrownBy(() -> connector.read("I0000scriptedImg"))
          .isInstanceOf(PermanentException.class)
          .hasMessageContaining("GET " + IMAGE)
          .hasMessageContaining("not valid JSON")
          .hasNoCause();
    }
  }

  @Test
  void aV3ErrorInsideHttp200IsClassifiedByItsCode() {
    try (var platform = new ScriptedPlatform()) {
      platform.answer(
          IMAGE,
          200,
          "{\"status\":\"error\",\"error\":{\"code\":404,\"class\":\"NotFoundErr\",\"message\":\"no image\"}}");
      var connector = scripted(platform);

      assertThatThrownBy(() -> connector.read("I0000scriptedImg"))
          .isInstanceOf(PermanentException.class)
          .hasMessageContaining("HTTP 404")
          .hasMessageContaining("NotFoundErr: no image");
    }
  }

  @Test
  void aDownloadAnsweringAnErrorEnvelopeIsNoFile() {
    try (var platform = new ScriptedPlatform()) {
      platform.answer(
          IMAGE + "/download",
          200,
          "{\"status\":\"error\",\"error\":{\"code\":404,\"class\":\"NotFoundErr\",\"message\":\"gone\"}}");
      var connector = scripted(platform);

      assertThatThrownBy(() -> connector.openContent("I0000scriptedImg"))
          .isInstanceOf(PermanentException.class)
          .hasMessageContaining("NotFoundErr: gone");
    }
  }

  @Test
  void aGatewayPageIsRetryableAndAV4ErrorIsPermanent() {
    try (var platform = new ScriptedPlatform()) {
      platform.answer(IMAGE, 502, "<html>Bad gateway</html>");
      platform.answer(
          "/psapi/v4.0/media",
          400,
          "{\"errors\":[{\"id\":\"BadRequestException\",\"status\":\"400\",\"title\":\"Bad request\",\"detail\":\"unknown parameter\"}]}");
      var connector = scripted(platform);

      assertThatThrownBy(() -> connector.read("I0000scriptedImg"))
          .isInstanceOf(RetryableException.class)
          .hasMessageContaining("502");
      assertThatThrownBy(() -> connector.findByExternalKey("netx:1"))
          .isInstanceOf(PermanentException.class)
          .hasMessageContaining("BadRequestException: unknown parameter");
    }
  }

  @Test
  void aSessionErrorRightAfterAFreshLoginIsPermanent() {
    try (var platform = new ScriptedPlatform()) {
      platform.answer(IMAGE, 401, SESSION_EXPIRED);
      var connector = scripted(platform);

      assertThatThrownBy(() -> connector.read("I0000scriptedImg"))
          .isInstanceOf(PermanentException.class)
          .hasMessageContaining("refused again right after a fresh login");
      assertThat(platform.hits("/psapi/v3/mem/authenticate")).isEqualTo(2);
      assertThat(platform.hits(IMAGE)).isEqualTo(2);
    }
  }

  @Test
  void anUploadMeetingAnExpiredSessionLogsInAgainButIsNeverResent() {
    try (var platform = new ScriptedPlatform()) {
      platform.answer(
          "/psapi/v4.0/media", 200, "{\"data\":[],\"meta\":{\"paging\":{\"total\":0}}}");
      platform.answer("/psapi/v3/mem/image/upload", 401, SESSION_EXPIRED);
      var connector =
          connector(Map.of("baseUrl", platform.baseUrl(), "uploadGallery", "G0000inbox_00001"));
      var content =
          new AssetContent(
              new ByteArrayInputStream(new byte[] {1, 2, 3}), "a.jpg", "image/jpeg", 3);

      assertThatThrownBy(() -> connector.create(new NewAsset("netx:1", Map.of(), "k"), content))
          .isInstanceOf(RetryableException.class)
          .hasMessageContaining("logged in again");
      assertThat(platform.hits("/psapi/v3/mem/image/upload")).isEqualTo(1);
      assertThat(platform.hits("/psapi/v3/mem/authenticate")).isEqualTo(2);
    }
  }

  private PhotoShelterConnector scripted(ScriptedPlatform platform) {
    return connector(Map.of("baseUrl", platform.baseUrl()));
  }
}
