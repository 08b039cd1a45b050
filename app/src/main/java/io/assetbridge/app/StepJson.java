package io.assetbridge.app;

import io.assetbridge.core.flow.StepReport;
import io.assetbridge.store.AuditEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@code sync --json}: one line per asset a finished step touched, with what was done to it. */
final class StepJson implements Consumer<StepReport> {
  private final JsonLines out;

  StepJson(JsonLines out) {
    this.out = out;
  }

  /** One asset's result: the step's outcome and each action (read actions left out). */
  record AssetResult(
      String type, String flow, String asset, String outcome, List<Action> actions) {}

  record Action(String action, String target, String outcome, String detail) {}

  @Override
  public void accept(StepReport report) {
    Map<String, List<Action>> byAsset = new LinkedHashMap<>();
    String flow = null;
    for (AuditEntry e : report.audit()) {
      flow = e.flow();
      List<Action> actions = byAsset.computeIfAbsent(e.sourceRef(), ref -> new ArrayList<>());
      if (!e.action().equals("read")) {
        actions.add(new Action(e.action(), e.targetRef(), e.outcome(), e.detail()));
      }
    }
    for (var entry : byAsset.entrySet()) {
      out.write(new AssetResult("asset", flow, entry.getKey(), report.outcome(), entry.getValue()));
    }
  }
}
