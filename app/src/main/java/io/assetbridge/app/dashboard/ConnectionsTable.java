package io.assetbridge.app.dashboard;

import io.assetbridge.core.health.ConnectionContacts;
import io.assetbridge.core.health.ConnectionHealth;
import io.assetbridge.core.health.RateLimitState;

/**
 * The overview's connections: this process's last contact with each platform and its client-side
 * limits now. No live call is made, so the page stays fast when a platform is slow; {@code GET
 * /api/connections} makes one.
 */
final class ConnectionsTable {
  private ConnectionsTable() {}

  static String of(ConnectionContacts contacts) {
    StringBuilder rows = new StringBuilder();
    for (ConnectionHealth h : contacts.all()) {
      rows.append(
          """
          <tr id="connection-%s"><td><b>%s</b></td><td>%s</td>%s<td>%s</td>
          <td class="num">%d</td><td class="num">%s</td><td class="num">%s</td><td class="num">%s</td></tr>
          """
              .formatted(
                  Html.esc(h.connection()),
                  Html.esc(h.connection()),
                  Html.badge(state(h)),
                  Html.cell(Html.time(h.lastSuccessAt())),
                  lastError(h),
                  h.calls(),
                  h.errors() == 0 ? "0" : "<span class=\"error\">" + h.errors() + "</span>",
                  permissions(h.limits()),
                  slots(h.limits())));
    }
    return """
        <h2>Connections</h2>
        <table id="connections"><tr><th>Connection</th><th>State</th><th>Last success</th>
        <th>Last error</th><th class="num">Calls</th><th class="num">Errors</th>
        <th class="num" title="permissions left in the rate limiter's current period, a tenth of a second">Requests left</th><th class="num">Free slots</th></tr>
        %s</table>
        """
        .formatted(rows);
  }

  /** ok = the newest contact succeeded; failing = it failed; idle = no call yet. */
  private static String state(ConnectionHealth h) {
    if (h.lastSuccessAt() == null && h.lastErrorAt() == null) {
      return "idle";
    }
    return h.lastErrorAt() != null
            && (h.lastSuccessAt() == null || h.lastErrorAt().isAfter(h.lastSuccessAt()))
        ? "failing"
        : "ok";
  }

  private static String lastError(ConnectionHealth h) {
    return h.lastError() == null
        ? "<span class=\"muted\">none</span>"
        : "<span class=\"muted\">"
            + Html.time(h.lastErrorAt())
            + "</span><br>"
            + Html.esc(h.lastError());
  }

  /** Permissions left in the current rate period, and callers waiting for one. */
  private static String permissions(RateLimitState s) {
    if (s == null) {
      return "";
    }
    return s.waitingForPermission() == 0
        ? String.valueOf(s.availablePermissions())
        : s.availablePermissions() + " (" + s.waitingForPermission() + " waiting)";
  }

  private static String slots(RateLimitState s) {
    return s == null ? "" : s.freeSlots() + " of " + s.maxSlots();
  }
}
