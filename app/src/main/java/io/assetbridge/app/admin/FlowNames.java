package io.assetbridge.app.admin;

import io.assetbridge.core.engine.Engine;
import io.javalin.http.Context;

/** The {@code {flow}} path parameter, checked against the configured flows. */
final class FlowNames {
  private FlowNames() {}

  static String from(Context ctx, Engine engine) {
    String flow = ctx.pathParam("flow");
    if (!engine.plans().containsKey(flow)) {
      throw AdminProblem.notFound(
          "no flow '" + flow + "'; configured: " + String.join(", ", engine.plans().keySet()));
    }
    return flow;
  }
}
