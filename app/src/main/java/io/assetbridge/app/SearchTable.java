package io.assetbridge.app;

import io.assetbridge.app.admin.SearchAnswer;
import java.io.PrintWriter;

/** The search answer as a plain table, one line per real asset. */
final class SearchTable {
  private static final String LINE = "%-44s %-30s %-10s %-11s %s%n";
  private final PrintWriter out;

  SearchTable(PrintWriter out) {
    this.out = out;
  }

  void print(SearchAnswer answer) {
    out.printf(LINE, "REFS", "TITLE", "STATUS", "EXPIRES", "FOUND IN");
    for (SearchAnswer.Row r : answer.results()) {
      out.printf(
          LINE,
          String.join(" ", r.refs()),
          cut(r.title() == null ? "" : r.title(), 30),
          r.status() == null ? "" : r.status().toLowerCase(java.util.Locale.ROOT),
          r.expiresAt() == null ? "" : r.expiresAt().substring(0, 10),
          String.join(", ", r.foundIn()));
    }
    out.println(
        answer.results().size()
            + " asset(s)"
            + (answer.notes().isEmpty() ? "" : "; partial, see notes"));
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
