package io.assetbridge.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.core.health.ConnectionContacts;
import io.assetbridge.core.health.RateLimitState;
import io.assetbridge.testkit.SettableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview's connections: the newest contact decides the state, limits as they are now. */
class ConnectionsTableTest {
  private final SettableClock clock = SettableClock.at("2026-03-01T10:00:00Z");
  private final ConnectionContacts contacts =
      new ConnectionContacts(List.of("ps", "vip", "netx"), clock);

  @Test
  void eachConnectionShowsItsNewestContactAndItsLimitsNow() {
    contacts.limitsFrom(c -> c.equals("ps") ? new RateLimitState(3, 2, 5, 8) : null);
    contacts.failed("ps", "ps: GET /psapi/v3/mem/image/I1: 503");
    clock.advance(Duration.ofSeconds(5));
    contacts.succeeded("ps");
    contacts.succeeded("vip");
    clock.advance(Duration.ofSeconds(5));
    contacts.failed("vip", "vip: GET /api/v1/lists: 401 <script>");

    String html = ConnectionsTable.of(contacts);

    assertThat(row(html, "ps"))
        .contains("b-ok", "2026-03-01 10:00:05 UTC", "503", "3 (2 waiting)", "5 of 8");
    assertThat(row(html, "vip"))
        .contains("b-failing", "401 &lt;script&gt;")
        .doesNotContain("<script>");
    assertThat(row(html, "netx")).contains("b-idle", "none");
  }

  private static String row(String html, String connection) {
    int start = html.indexOf("<tr id=\"connection-" + connection + "\">");
    assertThat(start).as(connection).isNotNegative();
    return html.substring(start, html.indexOf("</tr>", start));
  }
}
