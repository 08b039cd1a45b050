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
    Map<String, Expression> back,
    int attempts,
    Duration backoffInitial,
    Duration backoffMax,
    Ingest ingest,
    ConfigNode node) {

  /**
   * What an ingest flow accepts, and the gallery (or folder) new files go to; null = the
   * connection's default.
   */
  public record Ingest(String gallery, long maxBytes, Set<String> types) {
    public static final Ingest DEFAULT =
        new Ingest(null, 200L * 1024 * 1024, Set.of("image/jpeg", "image/png", "image/tiff"));
  }

  /** A CEL expression's text and where it stands in the file. */
  public record Expression(String text, ConfigNode node) {}
}
