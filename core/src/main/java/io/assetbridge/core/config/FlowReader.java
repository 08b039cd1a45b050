package io.assetbridge.core.config;

import io.assetbridge.core.config.FlowConfig.Expression;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one entry of {@code flows:}. */
final class FlowReader {
  private static final Set<String> KEYS =
      Set.of(
          "from",
          "when",
          "gate",
          "to",
          "routes",
          "map",
          "retry",
          "ingest",
          "back",
          "sync",
          "between",
          "fields",
          "conflict",
          "unselected");
  private static final Set<String> GATE_KEYS = Set.of("rights", "back");
  private static final Set<String> ACTIONS =
      Set.of("distribute", "upsert", "write-back", "ingest", "publish");

  private FlowReader() {}

  static FlowConfig read(String name, ConfigNode body) {
    Map<String, ConfigNode> f = body.entries(KEYS);
    if (f.containsKey("sync")) {
      return TwoWayReader.read(name, body, f);
    }
    Map<String, ConfigNode> from = need(body, f, "from").entries(Set.of("connection", "on"));
    Map<String, ConfigNode> to = need(body, f, "to").entries(Set.of("connection", "action"));
    String action = to.containsKey("action") ? to.get("action").requiredText() : "upsert";
    if (!ACTIONS.contains(action)) {
      throw ConfigException.at(
          to.get("action"),
          "unknown action '" + action + "'",
          "use distribute, upsert, write-back, ingest or publish");
    }
    Map<String, ConfigNode> retry =
        f.containsKey("retry")
            ? f.get("retry").entries(Set.of("attempts", "initial", "max"))
            : Map.of();
    return new FlowConfig(
        name,
        need(f.get("from"), from, "connection").requiredText(),
        on(from.get("on")),
        f.containsKey("when") ? expression(f.get("when")) : null,
        rightsRequired(f.get("gate")),
        need(f.get("to"), to, "connection").requiredText(),
        action,
        routes(f.get("routes")),
        map(f.get("map")),
        map(f.get("back")),
        lookups(f.get("map")),
        retry.containsKey("attempts") ? Numbers.integer(retry.get("attempts")) : 8,
        retry.containsKey("initial")
            ? Numbers.duration(retry.get("initial"))
            : Duration.ofSeconds(2),
        retry.containsKey("max") ? Numbers.duration(retry.get("max")) : Duration.ofMinutes(10),
        f.containsKey("ingest") ? ingest(f.get("ingest")) : FlowConfig.Ingest.DEFAULT,
        keepUnselected(f.get("unselected")),
        null,
        body,
        blockedBack(f.get("gate")));
  }

  private static FlowConfig.Ingest ingest(ConfigNode node) {
    Map<String, ConfigNode> i = node.entries(Set.of("gallery", "maxBytes", "types"));
    FlowConfig.Ingest d = FlowConfig.Ingest.DEFAULT;
    Set<String> types = new LinkedHashSet<>();
    if (i.containsKey("types")) {
      i.get("types").items().forEach(t -> types.add(t.requiredText()));
    }
    return new FlowConfig.Ingest(
        i.containsKey("gallery") ? i.get("gallery").requiredText() : d.gallery(),
        i.containsKey("maxBytes") ? Numbers.bytes(i.get("maxBytes")) : d.maxBytes(),
        types.isEmpty() ? d.types() : types);
  }

  /** What a publish flow does when an asset is no longer selected: remove (default) or keep. */
  private static boolean keepUnselected(ConfigNode node) {
    String value = node == null ? "remove" : node.requiredText();
    return switch (value) {
      case "remove" -> false;
      case "keep" -> true;
      default ->
          throw ConfigException.at(
              node, "unknown unselected '" + value + "'", "use remove or keep");
    };
  }

  static ConfigNode need(ConfigNode parent, Map<String, ConfigNode> entries, String key) {
    ConfigNode node = entries.get(key);
    if (node == null) {
      throw ConfigException.at(parent, "'" + key + "' is missing", "add " + key + ": …");
    }
    return node;
  }

  static Set<String> on(ConfigNode node) {
    if (node == null) {
      return Set.of();
    }
    Set<String> kinds = new LinkedHashSet<>();
    for (ConfigNode item : node.isList() ? node.items() : List.of(node)) {
      kinds.add(item.requiredText());
    }
    return kinds;
  }

  static Expression expression(ConfigNode node) {
    return new Expression(node.requiredText(), node);
  }

  private static boolean rightsRequired(ConfigNode gate) {
    if (gate == null) {
      return false;
    }
    ConfigNode rights = gate.entries(GATE_KEYS).get("rights");
    String value = rights == null ? "none" : rights.requiredText();
    return switch (value) {
      case "required" -> true;
      case "none" -> false;
      default ->
          throw ConfigException.at(
              rights, "unknown rights gate '" + value + "'", "use required or none");
    };
  }

  /** {@code gate: { rights: required, back: {...} }}: what the source is told of a block. */
  private static Map<String, Expression> blockedBack(ConfigNode gate) {
    if (gate == null || !gate.entries(GATE_KEYS).containsKey("back")) {
      return Map.of();
    }
    if (!rightsRequired(gate)) {
      throw ConfigException.at(
          gate.entries(GATE_KEYS).get("back"),
          "a gate's back: mapping needs a gate that can block",
          "add rights: required to the gate, or remove back:");
    }
    return map(gate.entries(GATE_KEYS).get("back"));
  }

  static Map<String, Expression> map(ConfigNode node) {
    Map<String, Expression> out = new LinkedHashMap<>();
    if (node != null) {
      node.entries().forEach((field, expr) -> out.put(field, expression(lookupFrom(expr))));
    }
    return out;
  }

  /**
   * A mapping entry may translate its value through a vocabulary: {@code { vocabulary: name, from:
   * <CEL> }}; the expression is then the {@code from}.
   */
  private static ConfigNode lookupFrom(ConfigNode expr) {
    if (!expr.isMap()) {
      return expr;
    }
    Map<String, ConfigNode> e = expr.entries(Set.of("vocabulary", "from"));
    return need(expr, e, "from");
  }

  private static Map<String, String> lookups(ConfigNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node != null) {
      node.entries()
          .forEach(
              (field, expr) -> {
                if (expr.isMap()) {
                  out.put(field, need(expr, expr.entries(), "vocabulary").requiredText());
                }
              });
    }
    return out;
  }

  private static List<RouteConfig> routes(ConfigNode node) {
    List<RouteConfig> out = new ArrayList<>();
    if (node != null) {
      for (ConfigNode item : node.items()) {
        out.add(RouteReader.read(item));
      }
    }
    return out;
  }
}
