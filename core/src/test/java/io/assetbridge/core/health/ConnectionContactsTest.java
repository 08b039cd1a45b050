package io.assetbridge.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.testkit.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionContactsTest {
  private final SettableClock clock = SettableClock.at("2026-03-01T10:00:00Z");
  private final ConnectionContacts contacts = new ConnectionContacts(List.of("ps", "vip"), clock);

  @Test
  void eachConnectionKeepsItsLastSuccessAndLastError() {
    contacts.succeeded("ps");
    clock.advance(Duration.ofSeconds(5));
    contacts.failed("ps", "ps: GET /psapi/v3/mem/image answered HTTP 503");
    clock.advance(Duration.ofSeconds(5));
    contacts.succeeded("ps");
    contacts.limitsFrom(name -> name.equals("ps") ? new RateLimitState(2, 0, 4, 4) : null);

    ConnectionHealth ps = contacts.of("ps").orElseThrow();
    assertThat(ps.lastSuccessAt()).isEqualTo(Instant.parse("2026-03-01T10:00:10Z"));
    assertThat(ps.lastErrorAt()).isEqualTo(Instant.parse("2026-03-01T10:00:05Z"));
    assertThat(ps.lastError()).contains("HTTP 503");
    assertThat(ps.calls()).isEqualTo(3);
    assertThat(ps.errors()).isEqualTo(1);
    assertThat(ps.limits()).isEqualTo(new RateLimitState(2, 0, 4, 4));
  }

  @Test
  void everyConfiguredConnectionIsListedInOrderEvenBeforeAnyCall() {
    contacts.succeeded("vip");
    contacts.succeeded("elsewhere"); // another engine's connection in this process
    assertThat(contacts.all())
        .extracting(ConnectionHealth::connection, ConnectionHealth::calls)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ps", 0L),
            org.assertj.core.groups.Tuple.tuple("vip", 1L));
    assertThat(contacts.of("ps").orElseThrow().lastSuccessAt()).isNull();
    assertThat(contacts.of("elsewhere")).isEmpty();
  }
}
