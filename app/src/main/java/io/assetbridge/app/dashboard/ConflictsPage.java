package io.assetbridge.app.dashboard;

import io.assetbridge.spi.Ref;
import io.assetbridge.store.Conflict;
import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/**
 * {@code GET /conflicts}: the fields two-way flows hold for a person, oldest first, each with both
 * sides' values and a button per side to keep that side's value.
 */
final class ConflictsPage implements Handler {
  private final Store store;

  ConflictsPage(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) {
    ctx.html(render(flash(ctx.queryParam("resolved"))));
  }

  /** The page with a message above the list: a flash or a problem, already HTML. */
  String render(String message) {
    List<Conflict> held = store.inTransaction(tx -> tx.conflicts().held(null));
    StringBuilder body = new StringBuilder("<h1>Held conflicts</h1>").append(message);
    body.append(
        "<p class=\"muted\">Both sides of a two-way flow changed the same field since the last"
            + " sync, and the flow's policy is <code>hold</code>. Keeping a side writes its value to"
            + " the other side.</p>");
    body.append(
        held.isEmpty()
            ? "<div class=\"empty\" id=\"no-conflicts\">No held conflicts.</div>"
            : table(held));
    return Layout.page("Conflicts", "Conflicts", body.toString());
  }

  private static String table(List<Conflict> held) {
    StringBuilder rows = new StringBuilder();
    for (Conflict c : held) {
      rows.append(
          """
          <tr id="conflict-%d"><td class="num">%d</td>%s<td><code>%s</code></td>
          %s%s%s</tr>
          """
              .formatted(
                  c.id(),
                  c.id(),
                  Html.cell(Html.esc(c.flow())),
                  Html.esc(c.field()),
                  side(c.id(), c.leftRef(), c.leftValue()),
                  side(c.id(), c.rightRef(), c.rightValue()),
                  Html.cell(Html.time(c.createdAt()))));
    }
    return """
        <table id="conflicts"><tr><th class="num">ID</th><th>Flow</th><th>Field</th>
        <th>One side's value</th><th>Other side's value</th><th>Held since</th></tr>%s</table>
        """
        .formatted(rows);
  }

  /** The side's ref, its value, and the button that keeps it: the choice sits by what it keeps. */
  private static String side(long id, String ref, String value) {
    return """
        <td class="side"><a class="ref" href="/timeline?q=%s">%s</a>
        <div class="value">%s</div>%s</td>
        """
        .formatted(
            Html.esc(Html.query(ref)),
            Html.esc(ref),
            value == null || value.isEmpty()
                ? "<span class=\"muted\">(empty)</span>"
                : Html.esc(value),
            keep(id, ref));
  }

  private static String keep(long id, String ref) {
    String connection = connection(ref);
    return """
        <form class="inline" method="post" action="/conflicts/%d/resolve">
        <input type="hidden" name="take" value="%s">
        <button id="keep-%d-%s">Keep %s's value</button></form>
        """
        .formatted(id, Html.esc(connection), id, Html.esc(connection), Html.esc(connection));
  }

  private static String connection(String ref) {
    try {
      return Ref.parse(ref).connection();
    } catch (IllegalArgumentException e) {
      return ref; // a stored ref is always well formed; show it whole rather than fail the page
    }
  }

  private String flash(String resolved) {
    if (resolved == null) {
      return "";
    }
    long id;
    try {
      id = Long.parseLong(resolved);
    } catch (NumberFormatException e) {
      return "";
    }
    return store
        .inTransaction(tx -> tx.conflicts().get(id))
        .filter(c -> c.resolution() != null)
        .map(
            c ->
                "<div class=\"flash\" id=\"flash\">Conflict "
                    + id
                    + " resolved: "
                    + Html.esc(c.resolution())
                    + ".</div>")
        .orElse("");
  }
}
