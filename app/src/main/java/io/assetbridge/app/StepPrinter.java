package io.assetbridge.app;

import io.assetbridge.core.flow.StepReport;
import io.assetbridge.store.AuditEntry;
import java.io.PrintWriter;
import java.util.function.Consumer;

/** Prints one line per finished step: flow, source, what happened, where it went. */
final class StepPrinter implements Consumer<StepReport> {
  private final PrintWriter out;

  StepPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void accept(StepReport report) {
    for (AuditEntry e : report.audit()) {
      if (!e.action().equals("read")) {
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
