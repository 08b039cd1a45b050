package io.assetbridge.core.flow;

import java.util.Map;
import java.util.Optional;

/** The first route whose condition holds; a route without one always matches. */
public final class RouteChoice {
  private RouteChoice() {}

  public static Optional<FlowPlan.Route> first(FlowPlan plan, Map<String, Object> vars) {
    for (FlowPlan.Route route : plan.routes()) {
      if (route.when() == null || route.when().test(vars)) {
        return Optional.of(route);
      }
    }
    return Optional.empty();
  }
}
