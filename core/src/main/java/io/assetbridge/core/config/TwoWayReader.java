package io.assetbridge.core.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a two-way flow: {@code sync: two-way}, {@code between: [a, b]}, {@code fields} (canonical
 * rights and status fields, or the groups {@code rights} and {@code status}) and {@code conflict}.
 */
final class TwoWayReader {
  /** The canonical fields a two-way flow can keep equal. */
  static final List<String> SYNCABLE =
      List.of("usageTerms", "expiresAt", "embargoUntil", "territories", "status");

  static final Set<String> POLICIES =
      Set.of("source-wins", "target-wins", "newest-wins", "field-owner", "hold");
  private static final Set<String> ONE_WAY_KEYS =
      Set.of("from", "to", "routes", "map", "back", "ingest", "gate", "unselected");

  private TwoWayReader() {}

  static FlowConfig read(String name, ConfigNode body, Map<String, ConfigNode> f) {
    String sync = f.get("sync").requiredText();
    if (!sync.equals("two-way")) {
      throw ConfigException.at(f.get("sync"), "unknown sync '" + sync + "'", "write sync: two-way");
    }
    for (String key : ONE_WAY_KEYS) {
      if (f.containsKey(key)) {
        throw ConfigException.at(
            f.get(key),
            "'" + key + "' belongs to one-way flows, not to sync: two-way",
            "remove it; a two-way flow takes between, fields, conflict and retry");
      }
    }
    List<String> between = between(FlowReader.need(body, f, "between"));
    List<String> fields = fields(f.get("fields"));
    Map<String, String> owners = new LinkedHashMap<>();
    String policy = conflict(f.get("conflict"), owners);
    checkOwners(f.get("conflict"), policy, owners, fields, between);
    Map<String, ConfigNode> retry =
        f.containsKey("retry")
            ? f.get("retry").entries(Set.of("attempts", "initial", "max"))
            : Map.of();
    return new FlowConfig(
        name,
        between.get(0),
        Set.of(),
        f.containsKey("when") ? FlowReader.expression(f.get("when")) : null,
        false,
        between.get(1),
        "sync",
        List.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        retry.containsKey("attempts") ? Numbers.integer(retry.get("attempts")) : 8,
        retry.containsKey("initial")
            ? Numbers.duration(retry.get("initial"))
            : Duration.ofSeconds(2),
        retry.containsKey("max") ? Numbers.duration(retry.get("max")) : Duration.ofMinutes(10),
        FlowConfig.Ingest.DEFAULT,
        false,
        new FlowConfig.TwoWay(fields, policy, owners),
        body,
        Map.of());
  }

  private static List<String> between(ConfigNode node) {
    List<String> names = new ArrayList<>();
    if (node.isList()) {
      node.items().forEach(i -> names.add(i.requiredText()));
    }
    if (names.size() != 2 || names.get(0).equals(names.get(1))) {
      throw ConfigException.at(
          node, "between needs two different connections", "write between: [ps, netx]");
    }
    return names;
  }

  private static List<String> fields(ConfigNode node) {
    if (node == null) {
      return SYNCABLE;
    }
    List<String> out = new ArrayList<>();
    for (ConfigNode item : node.isList() ? node.items() : List.of(node)) {
      String field = item.requiredText();
      List<String> expanded =
          switch (field) {
            case "rights" -> SYNCABLE.subList(0, 4);
            default -> List.of(field);
          };
      for (String e : expanded) {
        if (!SYNCABLE.contains(e)) {
          throw ConfigException.at(
              item,
              "'" + field + "' cannot be synced both ways",
              "use rights, status or some of " + String.join(", ", SYNCABLE));
        }
        if (!out.contains(e)) {
          out.add(e);
        }
      }
    }
    return List.copyOf(out);
  }

  /** The policy's name; {@code owners} receives field-owner's per-field owners. */
  private static String conflict(ConfigNode node, Map<String, String> owners) {
    if (node == null) {
      return "hold";
    }
    String policy;
    if (node.isMap()) {
      Map<String, ConfigNode> c = node.entries(Set.of("policy", "owners"));
      policy = FlowReader.need(node, c, "policy").requiredText();
      if (c.containsKey("owners")) {
        c.get("owners")
            .entries()
            .forEach((field, owner) -> owners.put(field, owner.requiredText()));
      }
    } else {
      policy = node.requiredText();
    }
    if (!POLICIES.contains(policy)) {
      throw ConfigException.at(
          node,
          "unknown conflict policy '" + policy + "'",
          "use one of " + String.join(", ", POLICIES.stream().sorted().toList()));
    }
    return policy;
  }

  private static void checkOwners(
      ConfigNode node,
      String policy,
      Map<String, String> owners,
      List<String> fields,
      List<String> between) {
    if (!policy.equals("field-owner")) {
      if (!owners.isEmpty()) {
        throw ConfigException.at(
            node, "owners are only read by the field-owner policy", "remove owners");
      }
      return;
    }
    Map<String, String> expanded = new LinkedHashMap<>();
    owners.forEach(
        (field, owner) -> {
          if (!between.contains(owner)) {
            throw ConfigException.at(
                node,
                "owner '" + owner + "' of " + field + " is not one of " + between,
                "name " + between.get(0) + " or " + between.get(1));
          }
          List<String> group = field.equals("rights") ? SYNCABLE.subList(0, 4) : List.of(field);
          group.forEach(g -> expanded.put(g, owner));
        });
    for (String field : fields) {
      if (!expanded.containsKey(field)) {
        throw ConfigException.at(
            node,
            "field-owner needs an owner for " + field,
            "add owners: { " + field + ": " + between.get(0) + " }");
      }
    }
    owners.clear();
    owners.putAll(expanded);
  }
}
