package io.assetbridge.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.testkit.SettableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Ten wrong tokens in five minutes from one address, then a wait; others are not affected. */
class SignInThrottleTest {
  private final SettableClock clock = SettableClock.at("2026-03-01T10:00:00Z");
  private final SignInThrottle throttle = new SignInThrottle(clock);

  @Test
  void anAddressWaitsUntilItsOldestFailureLeavesTheWindow() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("10.0.0.1");
      clock.advance(Duration.ofSeconds(10));
    }
    assertThat(throttle.refusedFor("10.0.0.1")).isEmpty();
    throttle.failed("10.0.0.1");
    assertThat(throttle.refusedFor("10.0.0.1")).contains(Duration.ofSeconds(210));
    assertThat(throttle.refusedFor("10.0.0.2")).isEmpty();

    clock.advance(Duration.ofSeconds(210));
    assertThat(throttle.refusedFor("10.0.0.1")).as("one failure left the window").isEmpty();
  }

  @Test
  void aRightTokenClearsTheCount() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("10.0.0.1");
    }
    throttle.succeeded("10.0.0.1");
    throttle.failed("10.0.0.1");
    assertThat(throttle.refusedFor("10.0.0.1")).isEmpty();
  }
}
