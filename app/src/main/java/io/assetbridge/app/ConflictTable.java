package io.assetbridge.app;

import io.assetbridge.store.Conflict;
import java.io.PrintWriter;
import java.util.List;

/** Held conflicts as a table: both sides' values, and the command that resolves each. */
final class ConflictTable {
  private ConflictTable() {}

  static void print(PrintWriter out, List<Conflict> conflicts) {
    out.printf(
        "%-6s %-16s %-14s %-26s %-26s %-26s %-26s %s%n",
        "ID", "FLOW", "FIELD", "LEFT", "LEFT VALUE", "RIGHT", "RIGHT VALUE", "HELD SINCE");
    for (Conflict c : conflicts) {
      out.printf(
          "%-6d %-16s %-14s %-26s %-26s %-26s %-26s %s%n",
          c.id(),
          c.flow(),
          c.field(),
          c.leftRef(),
          shown(c.leftValue()),
          c.rightRef(),
          shown(c.rightValue()),
          c.createdAt());
    }
    out.println(
        conflicts.size()
            + " held conflict(s)"
            + (conflicts.isEmpty()
                ? ""
                : "; resolve one with `jobs resolve ID --take CONNECTION` (the side whose value"
                    + " stays)"));
    out.flush();
  }

  private static String shown(String value) {
    return value == null ? "(empty)" : value;
  }
}
