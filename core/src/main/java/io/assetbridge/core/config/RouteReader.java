package io.assetbridge.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one route: {@code when} and {@code with} (one target, or a list of them to fan out). */
final class RouteReader {
  private static final Set<String> TARGET_KEYS =
      Set.of("list", "recipients", "channel", "rendition", "message", "redistribute", "gallery");

  private RouteReader() {}

  static RouteConfig read(ConfigNode node) {
    Map<String, ConfigNode> r = node.entries(Set.of("when", "with"));
    ConfigNode with = r.get("with");
    if (with == null) {
      throw ConfigException.at(
          node,
          "the route has no 'with'",
          "say where matching assets go: with: { list: …, channel: … }");
    }
    List<RouteConfig.Target> targets = new ArrayList<>();
    for (ConfigNode t : with.isList() ? with.items() : List.of(with)) {
      targets.add(target(t));
    }
    return new RouteConfig(
        r.containsKey("when") ? FlowReader.expression(r.get("when")) : null, targets, node);
  }

  private static RouteConfig.Target target(ConfigNode node) {
    Map<String, ConfigNode> t = node.entries(TARGET_KEYS);
    if (t.containsKey("gallery")) { // a publish target: a PhotoShelter gallery (or NetX folder)
      if (t.size() > 1) {
        throw ConfigException.at(
            node, "a gallery target takes nothing else", "write with: { gallery: Press EMEA }");
      }
      return new RouteConfig.Target(
          null, List.of(), null, null, null, false, t.get("gallery").requiredText());
    }
    String list = t.containsKey("list") ? t.get("list").requiredText() : null;
    List<String> recipients =
        t.containsKey("recipients") ? recipients(t.get("recipients")) : List.of();
    if ((list == null) == recipients.isEmpty()) {
      throw ConfigException.at(
          node, "a target needs exactly one of 'list' and 'recipients'", "keep one of them");
    }
    if (!t.containsKey("channel")) {
      throw ConfigException.at(
          node, "the target has no 'channel'", "add channel: press-portal (or email, cms, ftp)");
    }
    return new RouteConfig.Target(
        list,
        recipients,
        t.get("channel").requiredText(),
        t.containsKey("rendition") ? t.get("rendition").requiredText() : null,
        t.containsKey("message") ? t.get("message").text() : null,
        t.containsKey("redistribute") && Boolean.parseBoolean(t.get("redistribute").requiredText()),
        null);
  }

  private static List<String> recipients(ConfigNode node) {
    return (node.isList() ? node.items() : List.of(node))
        .stream().map(ConfigNode::requiredText).toList();
  }
}
