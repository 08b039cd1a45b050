package io.assetbridge.app.admin;

import io.assetbridge.core.config.FlowConfig;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.store.JobState;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /api/flows}: each configured flow, whether it is enabled, and its job counts. */
public final class ListFlows implements Handler {
  private final Engine engine;

  ListFlows(Engine engine) {
    this.engine = engine;
  }

  /** One flow as the API shows it. */
  public record FlowView(
      String name,
      String from,
      String to,
      String action,
      boolean enabled,
      Map<JobState, Long> jobs) {}

  @Override
  public void handle(Context ctx) {
    ctx.json(flows(engine));
  }

  public static List<FlowView> flows(Engine engine) {
    return engine
        .store()
        .inTransaction(
            tx -> {
              Set<String> disabled = tx.flowSwitches().disabled();
              List<FlowView> views = new ArrayList<>();
              for (var plan : engine.plans().values()) {
                FlowConfig c = plan.config();
                views.add(
                    new FlowView(
                        c.name(),
                        c.source(),
                        c.target(),
                        c.action(),
                        !disabled.contains(c.name()),
                        tx.jobs().counts(c.name())));
              }
              return views;
            });
  }
}
