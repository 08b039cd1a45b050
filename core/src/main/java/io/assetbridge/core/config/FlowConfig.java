package io.assetbridge.core.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A one-way flow: a source trigger, a condition, the rights gate, routes, a field mapping and the
 * target action. Expressions are CEL text, compiled by the engine with their nodes for errors.
 * {@code blockedBack} is the gate's {@code back:} mapping, written to the source when the rights
 * gate blocks an asset ({@code blocked} holds the reason).
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
    Map<String, String> lookups,
    int attempts,
    Duration backoffInitial,
    Duration backoffMax,
    Ingest ingest,
    boolean keepUnselected,
    TwoWay twoWay,
    ConfigNode node,
    Map<String, Expression> blockedBack) {

  /** Whether this is a two-way sync between {@code source} and {@code target}. */
  public boolean isTwoWay() {
    return twoWay != null;
  }

  /**
   * A two-way flow's synced canonical fields (groups expanded: rights → usageTerms, expiresAt,
   * embargoUntil, territories) and its conflict policy; {@code owners} maps field → connection for
   * {@code field-owner}.
   */
  public record TwoWay(List<String> fields, String conflict, Map<String, String> owners) {}

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
