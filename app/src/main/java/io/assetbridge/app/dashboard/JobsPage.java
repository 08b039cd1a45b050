package io.assetbridge.app.dashboard;

import io.assetbridge.store.Job;
import io.assetbridge.store.JobState;
import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /jobs?state=&flow=}: jobs newest first; a dead job shows its error and a Retry. */
final class JobsPage implements Handler {
  private static final int LIMIT = 200;
  private final Store store;

  JobsPage(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) {
    JobState state = state(ctx.queryParam("state"));
    String flow = blankToNull(ctx.queryParam("flow"));
    List<Job> jobs = store.inTransaction(tx -> tx.jobs().list(state, flow, LIMIT));
    Map<JobState, Long> counts = store.inTransaction(tx -> tx.jobs().counts(flow));
    StringBuilder body = new StringBuilder("<h1>Jobs</h1>");
    body.append(flash(ctx));
    body.append(filters(state, flow, counts));
    if (state == JobState.DEAD && !jobs.isEmpty()) {
      body.append(
          "<p><form class=\"inline\" method=\"post\" action=\"/jobs/retry\">"
              + (flow == null
                  ? ""
                  : "<input type=\"hidden\" name=\"flow\" value=\"" + Html.esc(flow) + "\">")
              + "<button id=\"retry-all\">Retry all dead jobs"
              + (flow == null ? "" : " of " + Html.esc(flow))
              + "</button></form></p>");
    }
    long matching =
        state == null
            ? counts.values().stream().mapToLong(Long::longValue).sum()
            : counts.get(state);
    if (jobs.size() == LIMIT && matching > LIMIT) {
      body.append(
          "<p class=\"muted\" id=\"truncated\">The newest %d of %d; retry or filter to see the rest.</p>"
              .formatted(LIMIT, matching));
    }
    body.append(jobs.isEmpty() ? empty(state) : table(jobs));
    ctx.html(Layout.page("Jobs", "Jobs", body.toString()));
  }

  /** State filters that keep the flow filter; the flow filter itself says how to drop it. */
  private static String filters(JobState chosen, String flow, Map<JobState, Long> counts) {
    String andFlow = flow == null ? "" : "&amp;flow=" + Html.esc(Html.query(flow));
    StringBuilder out = new StringBuilder("<p class=\"filters\">");
    out.append("<a href=\"")
        .append(flow == null ? "/jobs" : "/jobs?flow=" + Html.esc(Html.query(flow)))
        .append("\"")
        .append(chosen == null ? " class=\"on\"" : "")
        .append(">all</a>");
    for (JobState s : JobState.values()) {
      String name = s.name().toLowerCase(Locale.ROOT);
      out.append(
          "<a id=\"filter-%s\" href=\"/jobs?state=%s%s\"%s>%s (%d)</a>"
              .formatted(
                  name, name, andFlow, s == chosen ? " class=\"on\"" : "", name, counts.get(s)));
    }
    if (flow != null) {
      String allFlows =
          chosen == null ? "/jobs" : "/jobs?state=" + chosen.name().toLowerCase(Locale.ROOT);
      out.append(
          " <span class=\"muted\" id=\"flow-filter\">flow <b>%s</b> · <a href=\"%s\">all flows</a></span>"
              .formatted(Html.esc(flow), allFlows));
    }
    return out.append("</p>").toString();
  }

  private static String table(List<Job> jobs) {
    StringBuilder rows = new StringBuilder();
    for (Job j : jobs) {
      String state = j.state().name().toLowerCase(Locale.ROOT);
      String info =
          j.state() == JobState.DONE
              ? (j.outcome() == null ? "" : Html.badge(j.outcome()))
              : "<span class=\"error\">" + Html.esc(j.lastError()) + "</span>";
      String action =
          j.state() == JobState.DEAD
              ? "<form class=\"inline\" method=\"post\" action=\"/jobs/%d/retry\"><button id=\"retry-%d\">Retry</button></form>"
                  .formatted(j.id(), j.id())
              : "";
      rows.append(
          """
          <tr id="job-%d"><td class="num">%d</td>%s
          <td><a class="ref" href="/timeline?q=%s">%s</a></td><td class="state">%s</td>
          <td class="num">%d</td>%s<td>%s</td><td>%s</td></tr>
          """
              .formatted(
                  j.id(),
                  j.id(),
                  Html.cell(Html.esc(j.flow())),
                  Html.esc(Html.query(j.sourceRef())),
                  Html.esc(j.sourceRef()),
                  Html.badge(state),
                  j.attempts(),
                  Html.cell(Html.time(j.updatedAt())),
                  info,
                  action));
    }
    return """
        <table id="jobs"><tr><th class="num">ID</th><th>Flow</th><th>Asset</th><th>State</th><th class="num">Attempts</th>
        <th>Updated</th><th>Outcome or last error</th><th></th></tr>%s</table>
        """
        .formatted(rows);
  }

  private static String empty(JobState state) {
    return "<div class=\"empty\">No "
        + (state == null ? "" : state.name().toLowerCase(Locale.ROOT) + " ")
        + "jobs.</div>";
  }

  private static String flash(Context ctx) {
    String retried = ctx.queryParam("retried");
    return retried == null
        ? ""
        : "<div class=\"flash\" id=\"flash\">"
            + Html.esc(retried)
            + " dead job(s) queued again; the workers will pick them up.</div>";
  }

  private static JobState state(String text) {
    try {
      return text == null || text.isBlank()
          ? null
          : JobState.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null; // an unknown filter shows all jobs rather than an error page
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
