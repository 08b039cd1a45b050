package io.assetbridge.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RetryableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void rateLimitAndGatewayErrorsAreRetryableWithTheirWait() {
    var failure = Failures.forStatus("vip: POST /api/v1/assets", 429, "7", "rate-limited");
    assertThat(failure).isInstanceOf(RetryableException.class);
    assertThat(((RetryableException) failure).retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(Failures.forStatus("x", 503, null, null)).isInstanceOf(RetryableException.class);
    assertThat(Failures.forStatus("x", 504, null, null)).isInstanceOf(RetryableException.class);
  }

  @Test
  void otherClientErrorsArePermanentAndNameTheCall() {
    var failure = Failures.forStatus("vip: GET /api/v1/assets/ast_1", 404, null, "not-found");
    assertThat(failure).isInstanceOf(PermanentException.class);
    assertThat(failure.getMessage())
        .isEqualTo("vip: GET /api/v1/assets/ast_1 answered HTTP 404: not-found");
  }

  @Test
  void unreadableRetryAfterIsIgnored() {
    assertThat(Failures.retryAfter("soon")).isNull();
    assertThat(Failures.retryAfter(null)).isNull();
  }
}
