package io.assetbridge.app.dashboard;

import io.assetbridge.core.audit.AssetTimeline;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.spi.AssetReader;
import io.assetbridge.store.AuditRecord;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/**
 * {@code GET /timeline?q=}: find an asset by any system's ref ({@code ps:I0000abc}, {@code
 * vip:ast_12}) or a bare id tried in every connection, then its audit trail across systems in
 * order, with a thumbnail of the source image.
 */
final class TimelinePage implements Handler {
  private final Engine engine;

  TimelinePage(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void handle(Context ctx) {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    StringBuilder body = new StringBuilder("<h1>Asset timeline</h1>");
    body.append(
        """
        <form class="card" method="get" action="/timeline">
        <input type="text" id="q" name="q" value="%s" placeholder="a ref such as ps:I0000abc or vip:ast_12, or a bare id">
        <button id="find">Find</button></form>
        """
            .formatted(Html.esc(q)));
    if (!q.isEmpty()) {
      body.append(result(q, find(q)));
    }
    ctx.html(Layout.page("Asset timeline", "Asset timeline", body.toString()));
  }

  /** The timeline of the ref; a bare id is tried as an id in each configured connection. */
  private List<AuditRecord> find(String q) {
    if (q.contains(":")) {
      return AssetTimeline.of(engine.store(), q, null);
    }
    for (String connection : engine.connectors().all().keySet()) {
      List<AuditRecord> found = AssetTimeline.of(engine.store(), connection + ":" + q, null);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private String result(String q, List<AuditRecord> records) {
    if (records.isEmpty()) {
      return "<div class=\"empty\" id=\"no-records\">No audit records mention <code>"
          + Html.esc(q)
          + "</code>. Try the asset's ref in another system.</div>";
    }
    String source = records.getFirst().sourceRef();
    return "<div class=\"row\">"
        + thumbnail(source)
        + "<div class=\"grow\">"
        + table(records)
        + "</div></div>";
  }

  private String thumbnail(String ref) {
    int colon = ref == null ? -1 : ref.indexOf(':');
    if (colon < 1 || !(engine.connectors().get(ref.substring(0, colon)) instanceof AssetReader)) {
      return "";
    }
    return """
        <div class="thumb"><img id="thumbnail" src="/thumbnail?ref=%s" alt="%s">
        <span class="ref">%s</span></div>
        """
        .formatted(Html.esc(Html.query(ref)), Html.esc(ref), Html.esc(ref));
  }

  private static String table(List<AuditRecord> records) {
    StringBuilder rows = new StringBuilder();
    for (AuditRecord r : records) {
      rows.append(
          """
          <tr><td class="num">%d</td>%s%s%s
          <td class="ref">%s%s</td><td>%s</td><td>%s</td></tr>
          """
              .formatted(
                  r.seq(),
                  Html.cell(Html.time(r.at())),
                  Html.cell(Html.esc(r.flow())),
                  Html.cell("<b>" + Html.esc(r.action()) + "</b>"),
                  Html.esc(r.sourceRef()),
                  r.targetRef() == null ? "" : " → " + Html.esc(r.targetRef()),
                  r.outcome() == null ? "" : Html.badge(r.outcome()),
                  Html.esc(r.detail())));
    }
    return """
        <table id="timeline"><tr><th>#</th><th>When</th><th>Flow</th><th>Action</th>
        <th>Refs</th><th>Outcome</th><th>Detail</th></tr>%s</table>
        """
        .formatted(rows);
  }
}
