package io.assetbridge.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

  @RepeatedTest(20)
  void growsExponentiallyWithJitterUpToTheMax() {
    assertThat(backoff.delay(1, null)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(backoff.delay(4, null)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
    assertThat(backoff.delay(30, null)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
  }

  @RepeatedTest(5)
  void neverSoonerThanRetryAfter() {
    assertThat(backoff.delay(1, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
    assertThat(backoff.delay(6, Duration.ofMillis(1)))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(15));
  }
}
