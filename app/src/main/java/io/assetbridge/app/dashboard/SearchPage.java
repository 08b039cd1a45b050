package io.assetbridge.app.dashboard;

import io.assetbridge.app.admin.SearchRequest;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.search.FederatedSearch;
import io.assetbridge.core.search.SearchResult;
import io.assetbridge.core.search.SearchRow;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.Ref;
import io.assetbridge.spi.SearchQuery;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /search?q=&status=&expiringBefore=&keyword=&campaign=}: federated search as the API
 * and the {@code search} command run it, one row per real asset with a column per system holding
 * its ref there. A slow or failed system is named above the rows, never hidden.
 */
final class SearchPage implements Handler {
  private static final String[] FIELDS = {"q", "status", "expiringBefore", "keyword", "campaign"};
  private final Engine engine;

  SearchPage(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void handle(Context ctx) {
    String[] given = new String[FIELDS.length];
    boolean any = false;
    for (int i = 0; i < FIELDS.length; i++) {
      String v = ctx.queryParam(FIELDS[i]);
      given[i] = v == null ? "" : v.strip();
      any |= !given[i].isEmpty();
    }
    StringBuilder body = new StringBuilder("<h1>Search</h1>");
    FederatedSearch search;
    try {
      // built per request, as the API does: the connections can change with a restart only,
      // but an engine without a searchable one must still serve every other page
      search = FederatedSearch.of(engine.connectors(), engine.store(), engine.config().search());
    } catch (IllegalArgumentException e) {
      body.append(
          "<div class=\"problem\" id=\"cannot-search\">Search is not available: "
              + Html.esc(e.getMessage())
              + ".</div>");
      ctx.html(Layout.page("Search", "Search", body.toString()));
      return;
    }
    body.append(form(given));
    if (any) {
      body.append(answer(search, given));
    }
    ctx.html(Layout.page("Search", "Search", body.toString()));
  }

  private static String answer(FederatedSearch search, String[] given) {
    SearchQuery query;
    try {
      query = SearchRequest.parse(given[0], given[1], given[2], given[3], given[4], null);
    } catch (IllegalArgumentException e) {
      return "<div class=\"problem\" id=\"problem\">" + Html.esc(e.getMessage()) + "</div>";
    }
    SearchResult result = search.search(query);
    StringBuilder out = new StringBuilder();
    if (result.partial()) {
      out.append("<div class=\"warn\" id=\"notes\"><b>Incomplete results.</b><ul>");
      result.notes().forEach(n -> out.append("<li>").append(Html.esc(n)).append("</li>"));
      out.append("</ul></div>");
    }
    if (result.rows().isEmpty()) {
      out.append(
          "<div class=\"empty\" id=\"no-results\">"
              + (result.answered().isEmpty()
                  ? "No system answered, so there are no results."
                  : "No asset in "
                      + Html.esc(String.join(", ", result.answered()))
                      + " matches this search.")
              + "</div>");
    } else {
      out.append(
              "<p class=\"muted\" id=\"count\">%d asset(s)%s.</p>"
                  .formatted(
                      result.rows().size(),
                      result.rows().size() == query.limit() ? ", the first " + query.limit() : ""))
          .append(table(result));
    }
    return out.toString();
  }

  private static String form(String[] given) {
    StringBuilder statuses = new StringBuilder("<option value=\"\">any</option>");
    for (AssetStatus s : AssetStatus.values()) {
      String name = s.name().toLowerCase(Locale.ROOT);
      statuses.append(
          "<option value=\"%s\"%s>%s</option>"
              .formatted(
                  name,
                  name.equalsIgnoreCase(given[1]) ? " selected" : "",
                  name.replace('_', ' ')));
    }
    return """
        <form class="card fields" method="get" action="/search">
        <label class="wide">Text<input type="text" id="q" name="q" value="%s" placeholder="words in title, caption or keywords"></label>
        <label>Status<select id="status" name="status">%s</select></label>
        <label>Expiring before<input type="date" id="expiringBefore" name="expiringBefore" value="%s"></label>
        <label>Keyword<input type="text" id="keyword" name="keyword" value="%s"></label>
        <label>Campaign<input type="text" id="campaign" name="campaign" value="%s"></label>
        <button id="search">Search</button></form>
        """
        .formatted(
            Html.esc(given[0]),
            statuses,
            Html.esc(given[2]),
            Html.esc(given[3]),
            Html.esc(given[4]));
  }

  private static String table(SearchResult result) {
    Set<String> systems = new LinkedHashSet<>(result.answered());
    result.rows().forEach(r -> r.refs().forEach(ref -> systems.add(ref.connection())));
    StringBuilder head = new StringBuilder("<tr>");
    systems.forEach(s -> head.append("<th>").append(Html.esc(s)).append("</th>"));
    head.append("<th>Title</th><th>Status</th><th>Expires</th><th>Keywords</th><th>Campaign</th>")
        .append("</tr>");
    StringBuilder rows = new StringBuilder();
    for (SearchRow r : result.rows()) {
      Asset a = r.first();
      rows.append("<tr class=\"hit\">");
      for (String system : systems) {
        List<String> links = new ArrayList<>();
        for (Ref ref : r.refs()) {
          if (ref.connection().equals(system)) {
            links.add(
                "<a class=\"ref\" href=\"/timeline?q=%s\">%s</a>"
                    .formatted(Html.esc(Html.query(ref.toString())), Html.esc(ref)));
          }
        }
        rows.append("<td class=\"ref\">")
            .append(links.isEmpty() ? "<span class=\"muted\">–</span>" : String.join("<br>", links))
            .append("</td>");
      }
      rows.append("<td>")
          .append(Html.esc(a.title()))
          .append("</td><td>")
          .append(a.status() == null ? "" : Html.badge(a.status().name().toLowerCase(Locale.ROOT)))
          .append("</td>")
          .append(Html.cell(Html.time(a.rights().expiresAt())))
          .append("<td>")
          .append(Html.esc(String.join(", ", a.keywords())))
          .append("</td><td>")
          .append(Html.esc(String.join(", ", a.tags().getOrDefault("campaign", List.of()))))
          .append("</td></tr>");
    }
    return "<table id=\"results\">" + head + rows + "</table>";
  }
}
