package io.assetbridge.core.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A one-way flow: a source trigger, a condition, the rights gate, routes, a field mapping and the
 * target action. Expressions are CEL text, compiled by the engine with their nodes for errors.
 */
public record FlowConfig(
    String name,
    String source,
    Set<String> on,
    Expression when,
    boolean rightsRequired,
    String target,
    String action,
    List<RouteConfig> routes,
    Map<String, Expression> map,
    int attempts,
    Duration backoffInitial,
    Duration backoffMax,
    ConfigNode node) {

  /** A CEL expression's text and where it stands in the file. */
  public record Expression(String text, ConfigNode node) {}
}
