package io.assetbridge.connector.vip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.connector.vip.internal.api.VipAnswer;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RetryableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Classifying answers: problem bodies, malformed bodies, and the 409 that is retryable. */
class VipAnswerTest {
  static final String CALL = "vip: GET /api/v1/assets/ast_1";

  @Test
  void aProblemIsClassifiedByStatusWithItsSlugAndDetail() {
    var failure =
        answer(404, "{\"type\":\"urn:vip:problem:not-found\",\"detail\":\"ast_1 does not exist\"}")
            .failure();
    assertThat(failure)
        .isInstanceOf(PermanentException.class)
        .hasMessage(CALL + " answered HTTP 404: not-found: ast_1 does not exist");
  }

  @Test
  void aMalformedErrorBodyIsStillClassifiedByStatusAndSaysSo() {
    assertThat(answer(503, "<html>Service Unavailable</html>").failure())
        .isInstanceOf(RetryableException.class)
        .hasMessageContaining(CALL + " answered HTTP 503")
        .hasMessageContaining("the error body was malformed");
    assertThat(answer(400, "{\"message\":\"no type here\"}").failure())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("the error body was malformed");
  }

  @Test
  void aSuccessWithMalformedJsonIsPermanentAndNamesTheCall() {
    assertThatThrownBy(() -> answer(200, "{\"id\":").json())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(CALL + " answered HTTP 200 with malformed JSON");
  }

  @Test
  void idempotencyKeyInProgressIsRetryableAfterItsWait() {
    var answer =
        new VipAnswer(
            CALL,
            "vip",
            409,
            bytes("{\"type\":\"urn:vip:problem:idempotency-key-in-progress\",\"detail\":\"busy\"}"),
            "2");
    assertThat(answer.failure()).isInstanceOf(RetryableException.class);
    assertThat(((RetryableException) answer.failure()).retryAfter())
        .isEqualTo(Duration.ofSeconds(2));
  }

  private static VipAnswer answer(int status, String body) {
    return new VipAnswer(CALL, "vip", status, bytes(body), null);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
