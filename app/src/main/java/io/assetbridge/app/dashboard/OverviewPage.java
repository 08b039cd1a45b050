package io.assetbridge.app.dashboard;

import io.assetbridge.app.admin.ListFlows;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.store.JobQueue.FlowActivity;
import io.assetbridge.store.JobState;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

/**
 * {@code GET /}: each flow with its throughput, backlog and failures in the last hour, then each
 * connection's last contact and limits.
 */
final class OverviewPage implements Handler {
  private static final Duration HOUR = Duration.ofHours(1);
  private final Engine engine;
  private final InstantSource clock;

  OverviewPage(Engine engine, InstantSource clock) {
    this.engine = engine;
    this.clock = clock;
  }

  @Override
  public void handle(Context ctx) {
    List<FlowActivity> hour =
        engine.store().inTransaction(tx -> tx.jobs().activity(clock.instant().minus(HOUR)));
    StringBuilder rows = new StringBuilder();
    for (ListFlows.FlowView flow : ListFlows.flows(engine)) {
      long backlog = flow.jobs().get(JobState.PENDING) + flow.jobs().get(JobState.RUNNING);
      rows.append(
          """
          <tr><td><b>%s</b><br><span class="muted">%s → %s (%s)</span></td><td>%s</td>
          <td class="num">%d</td><td class="num">%d</td><td class="num">%s</td>
          <td class="num">%d</td><td class="num">%s</td></tr>
          """
              .formatted(
                  Html.esc(flow.name()),
                  Html.esc(flow.from()),
                  Html.esc(flow.to()),
                  Html.esc(flow.action()),
                  Html.badge(flow.enabled() ? "on" : "off") + " " + switchButton(flow),
                  count(hour, flow.name(), JobState.DONE),
                  backlog,
                  failures(count(hour, flow.name(), JobState.DEAD), flow.name()),
                  flow.jobs().get(JobState.DONE),
                  failures(flow.jobs().get(JobState.DEAD), flow.name())));
    }
    String table =
        rows.isEmpty()
            ? "<div class=\"empty\">No flows are configured. Add one under <code>flows:</code> in the config.</div>"
            : """
              <table id="flows"><tr><th>Flow</th><th>State</th><th class="num">Done (last hour)</th>
              <th class="num">Backlog</th><th class="num">Failed (last hour)</th><th class="num">Done (all)</th>
              <th class="num">Dead (all)</th></tr>
              %s</table>
              """
                .formatted(rows);
    ctx.html(
        Layout.page(
            "Overview",
            "Overview",
            "<h1>Overview</h1><p class=\"muted\">As of "
                + Html.time(clock.instant())
                + ". Backlog = pending and running jobs; failed = jobs that died. A disabled flow's jobs are queued but not run.</p>"
                + table
                + ConnectionsTable.of(engine.contacts())));
  }

  /** Disabling keeps queuing the flow's jobs but runs none until it is enabled again. */
  private static String switchButton(ListFlows.FlowView flow) {
    String to = flow.enabled() ? "disable" : "enable";
    return "<form class=\"inline\" method=\"post\" action=\"/flows/%s/%s\"><button class=\"secondary\" id=\"%s-%s\">%s</button></form>"
        .formatted(
            Html.esc(Html.query(flow.name())),
            to,
            to,
            Html.esc(flow.name()),
            to.substring(0, 1).toUpperCase() + to.substring(1));
  }

  private static long count(List<FlowActivity> hour, String flow, JobState state) {
    return hour.stream()
        .filter(a -> a.flow().equals(flow) && a.state() == state)
        .mapToLong(FlowActivity::jobs)
        .sum();
  }

  private static String failures(long n, String flow) {
    return n == 0
        ? "0"
        : "<a class=\"error\" href=\"/jobs?state=dead&amp;flow="
            + Html.esc(Html.query(flow))
            + "\">"
            + n
            + "</a>";
  }
}
