package io.assetbridge.app;

import io.assetbridge.core.flow.StepReport;
import io.assetbridge.store.AuditEntry;
import java.io.PrintWriter;
import java.util.Set;
import java.util.function.Consumer;

/** Prints one line per finished step: flow, source, what happened, where it went. */
final class StepPrinter implements Consumer<StepReport> {
  /** Steps that changed nothing anywhere: an asset outside a flow's condition, a regrouped job. */
  private static final Set<String> NO_OPS = Set.of("skipped", "regrouped");

  private final PrintWriter out;
  private final boolean changesOnly;

  StepPrinter(PrintWriter out) {
    this(out, false);
  }

  private StepPrinter(PrintWriter out, boolean changesOnly) {
    this.out = out;
    this.changesOnly = changesOnly;
  }

  /**
   * Leaves out steps that changed nothing: with several flows on one source, each edit wakes them
   * all, and their skips would bury what did happen (the audit trail keeps every step).
   */
  static StepPrinter changesOnly(PrintWriter out) {
    return new StepPrinter(out, true);
  }

  @Override
  public synchronized void accept(StepReport report) {
    for (AuditEntry e : report.audit()) {
      if (!e.action().equals("read") && !(changesOnly && NO_OPS.contains(e.action()))) {
        out.println(
            "["
                + e.flow()
                + "] "
                + e.sourceRef()
                + " "
                + e.action()
                + (e.targetRef() == null ? "" : " → " + e.targetRef())
                + (e.detail() == null ? "" : ": " + e.detail()));
      }
    }
    out.flush();
  }
}
