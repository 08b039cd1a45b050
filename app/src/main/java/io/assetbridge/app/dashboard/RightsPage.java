package io.assetbridge.app.dashboard;

import io.assetbridge.core.engine.Engine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.List;

/**
 * {@code GET /rights?days=N}: assets whose embargo lifts or licence expires in the next N days, and
 * assets the rights gate blocked, with its reasons.
 */
final class RightsPage implements Handler {
  private final RightsWatch watch;

  RightsPage(Engine engine) {
    this.watch = new RightsWatch(engine);
  }

  @Override
  public void handle(Context ctx) {
    int days = days(ctx.queryParam("days"));
    List<RightsWatch.Blocked> blocked = watch.blocked();
    RightsWatch.Outlook outlook = watch.upcoming(Duration.ofDays(days), blocked);
    String body =
        """
        <h1>Rights watch</h1>
        <form class="card" method="get" action="/rights">Show dates in the next
        <input type="number" id="days" name="days" min="1" max="3650" value="%d" aria-label="days ahead"> days
        <button>Show</button></form>
        <h2>Embargoes lifting and licences expiring</h2>%s
        <h2>Blocked by the rights gate</h2>%s
        """
            .formatted(days, upcoming(outlook, days), blocked(blocked));
    ctx.html(Layout.page("Rights watch", "Rights watch", body));
  }

  private static String upcoming(RightsWatch.Outlook outlook, int days) {
    StringBuilder out = new StringBuilder();
    out.append(
        "<p class=\"muted\">Read %d asset(s) the engine knows (linked or blocked, at most %d) from their platforms.</p>"
            .formatted(outlook.read(), RightsWatch.MAX_READS));
    if (outlook.upcoming().isEmpty()) {
      out.append("<div class=\"empty\">Nothing changes in the next ")
          .append(days)
          .append(" days.</div>");
    } else {
      StringBuilder rows = new StringBuilder();
      for (RightsWatch.Upcoming u : outlook.upcoming()) {
        rows.append(
            "<tr>%s<td>%s</td><td><a class=\"ref\" href=\"/timeline?q=%s\">%s</a></td><td>%s</td></tr>"
                .formatted(
                    Html.cell(Html.time(u.when())),
                    Html.esc(u.what()),
                    Html.esc(Html.query(u.ref())),
                    Html.esc(u.ref()),
                    Html.esc(u.title())));
      }
      out.append(
              "<table id=\"upcoming\"><tr><th>When</th><th>What</th><th>Asset</th><th>Title</th></tr>")
          .append(rows)
          .append("</table>");
    }
    for (String problem : outlook.unreadable()) {
      out.append("<div class=\"problem\">Could not read ")
          .append(Html.esc(problem))
          .append("</div>");
    }
    return out.toString();
  }

  private static String blocked(List<RightsWatch.Blocked> blocked) {
    if (blocked.isEmpty()) {
      return "<div class=\"empty\">No asset is blocked by the rights gate.</div>";
    }
    StringBuilder rows = new StringBuilder();
    for (RightsWatch.Blocked b : blocked) {
      rows.append(
          "<tr><td><a class=\"ref\" href=\"/timeline?q=%s\">%s</a></td><td>%s</td><td>%s</td><td>%s</td></tr>"
              .formatted(
                  Html.esc(Html.query(b.ref())),
                  Html.esc(b.ref()),
                  Html.esc(b.flow()),
                  Html.time(b.at()),
                  Html.esc(b.reason())));
    }
    return "<table id=\"blocked\"><tr><th>Asset</th><th>Flow</th><th>Blocked at</th><th>Reason</th></tr>"
        + rows
        + "</table>";
  }

  private static int days(String text) {
    try {
      int n = text == null ? 30 : Integer.parseInt(text.strip());
      return Math.clamp(n, 1, 3650);
    } catch (NumberFormatException e) {
      return 30;
    }
  }
}
