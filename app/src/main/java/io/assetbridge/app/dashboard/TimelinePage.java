package io.assetbridge.app.dashboard;

import io.assetbridge.core.audit.AssetTimeline;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.search.FederatedSearch;
import io.assetbridge.core.search.FileNameLookup;
import io.assetbridge.core.search.SearchResult;
import io.assetbridge.core.search.SearchRow;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetReader;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.AuditRecord;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /timeline?q=}: find an asset by any system's ref ({@code ps:I0000abc}, {@code
 * vip:ast_12}), a bare id tried in every connection, or its file name (through the systems that can
 * search), then its audit trail across systems in order, with a thumbnail of the source image. A
 * file name several assets share lists them to choose from.
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
        <input type="text" id="q" name="q" value="%s" aria-label="Asset ref, id or file name" placeholder="a ref such as ps:I0000abc or vip:ast_12, a bare id, or a file name such as IMG_0412.jpg">
        <button id="find">Find</button></form>
        """
            .formatted(Html.esc(q)));
    if (!q.isEmpty()) {
      body.append(answer(q));
    }
    ctx.html(Layout.page("Asset timeline", "Asset timeline", body.toString()));
  }

  private String answer(String q) {
    if (q.contains(":")) {
      return result(q, AssetTimeline.of(engine.store(), q, null), null);
    }
    for (String connection : engine.connectors().all().keySet()) {
      String ref = connection + ":" + q;
      List<AuditRecord> found = AssetTimeline.of(engine.store(), ref, null);
      if (!found.isEmpty()) {
        return result(q, found, ref);
      }
    }
    return byFileName(q);
  }

  /** Not a ref nor a known id: the name of a file in one of the systems, or nothing. */
  private String byFileName(String q) {
    FederatedSearch search;
    try {
      search = FederatedSearch.of(engine.connectors(), engine.store(), engine.config().search());
    } catch (IllegalArgumentException e) { // no connection can search
      return notFound(q, "Try the asset's ref in another system.");
    }
    SearchResult named = FileNameLookup.find(search, q);
    String notes = notes(named);
    List<SearchRow> rows = named.rows();
    if (rows.isEmpty()) {
      return notes
          + notFound(
              q,
              "No asset in "
                  + String.join(", ", named.answered())
                  + " has that file name either. Try the asset's ref in another system.");
    }
    if (rows.size() > 1) {
      return notes + candidates(q, rows);
    }
    List<String> refs = rows.getFirst().refs().stream().map(Ref::toString).toList();
    String found =
        "<p class=\"muted\" id=\"found-by-name\">File <b>%s</b> is %s.</p>"
            .formatted(Html.esc(q), Html.esc(String.join(" = ", refs)));
    return notes
        + found
        + result(
            String.join(", ", refs),
            AssetTimeline.ofAny(engine.store(), refs, null),
            refs.getFirst());
  }

  private static String notes(SearchResult result) {
    if (!result.partial()) {
      return "";
    }
    StringBuilder out =
        new StringBuilder("<div class=\"warn\" id=\"notes\"><b>Not every system answered.</b><ul>");
    result.notes().forEach(n -> out.append("<li>").append(Html.esc(n)).append("</li>"));
    return out.append("</ul></div>").toString();
  }

  /** Title, status and creation tell copies apart; the record count tells which one we handled. */
  private String candidates(String q, List<SearchRow> rows) {
    StringBuilder out =
        new StringBuilder(
            "<p class=\"muted\">%d assets are named <b>%s</b>; open one:</p>"
                .formatted(rows.size(), Html.esc(q)));
    out.append(
        "<table id=\"candidates\"><tr><th>Title</th><th>Status</th><th>Created</th>"
            + "<th class=\"num\">Audit records</th><th>Refs</th></tr>");
    for (SearchRow row : rows) {
      List<String> refs = row.refs().stream().map(Ref::toString).toList();
      StringBuilder links = new StringBuilder();
      for (String ref : refs) {
        links
            .append("<a class=\"ref\" href=\"/timeline?q=")
            .append(Html.esc(Html.query(ref)))
            .append("\">")
            .append(Html.esc(ref))
            .append("</a> ");
      }
      Asset a = row.first();
      out.append("<tr><td>")
          .append(Html.esc(a.title()))
          .append("</td><td>")
          .append(a.status() == null ? "" : Html.badge(a.status().name().toLowerCase(Locale.ROOT)))
          .append("</td>")
          .append(Html.cell(Html.time(a.createdAt())))
          .append("<td class=\"num\">")
          .append(AssetTimeline.ofAny(engine.store(), refs, null).size())
          .append("</td><td>")
          .append(links)
          .append("</td></tr>");
    }
    return out.append("</table>").toString();
  }

  private static String notFound(String q, String hint) {
    return "<div class=\"empty\" id=\"no-records\">No audit records mention <code>"
        + Html.esc(q)
        + "</code>. "
        + Html.esc(hint)
        + "</div>";
  }

  /**
   * The records' table beside the source's thumbnail. {@code known} is a ref known to exist (found
   * by name), whose thumbnail shows even before assetbridge handled it; null for a typed ref.
   */
  private String result(String what, List<AuditRecord> records, String known) {
    if (records.isEmpty()) {
      return known == null
          ? notFound(what, "Try the asset's ref in another system.")
          : "<div class=\"row\">"
              + thumbnail(known)
              + "<div class=\"grow\">"
              + notFound(what, "assetbridge has not handled this asset yet.")
              + "</div></div>";
    }
    String source = records.getFirst().sourceRef();
    return "<div class=\"row\">"
        + thumbnail(source)
        + "<div class=\"grow\">"
        + table(records)
        + "</div></div>";
  }

  /** A thumbnail when the ref's connection can read originals; nothing for a ref in no system. */
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
