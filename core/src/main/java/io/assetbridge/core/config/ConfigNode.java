package io.assetbridge.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** A YAML node that knows its file, line and dotted path, so every error can point at it. */
public record ConfigNode(String file, String path, Node node, EnvSubstitution env) {

  public String where() {
    int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    return file + ":" + line + ": " + (path.isEmpty() ? "(top level)" : path);
  }

  public boolean isMap() {
    return node instanceof MappingNode;
  }

  public boolean isList() {
    return node instanceof SequenceNode;
  }

  public boolean isScalar() {
    return node instanceof ScalarNode;
  }

  /** The entries of a mapping, in file order. */
  public Map<String, ConfigNode> entries() {
    if (!(node instanceof MappingNode mapping)) {
      throw ConfigException.at(
          this, "expected a mapping (key: value lines)", "indent the keys under it");
    }
    Map<String, ConfigNode> out = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw ConfigException.at(this, "a key must be plain text", null);
      }
      String name = key.getValue();
      String childPath = path.isEmpty() ? name : path + "." + name;
      if (out.put(name, new ConfigNode(file, childPath, tuple.getValueNode(), env)) != null) {
        throw ConfigException.at(out.get(name), "'" + name + "' appears twice", "keep one of them");
      }
    }
    return out;
  }

  /** The entries, after checking that no key outside {@code allowed} is present. */
  public Map<String, ConfigNode> entries(Set<String> allowed) {
    Map<String, ConfigNode> entries = entries();
    for (var entry : entries.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        throw ConfigException.at(
            entry.getValue(),
            "unknown key '" + entry.getKey() + "'",
            "use one of " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
    return entries;
  }

  public List<ConfigNode> items() {
    if (!(node instanceof SequenceNode sequence)) {
      throw ConfigException.at(this, "expected a list", "write it as [a, b] or as '- a' lines");
    }
    List<ConfigNode> out = new ArrayList<>();
    for (int i = 0; i < sequence.getValue().size(); i++) {
      out.add(new ConfigNode(file, path + "[" + i + "]", sequence.getValue().get(i), env));
    }
    return out;
  }

  /** A scalar's text with {@code ${ENV}} substituted; null for a YAML null. */
  public String text() {
    if (!(node instanceof ScalarNode scalar)) {
      throw ConfigException.at(
          this, "expected a single value", "write a plain value, not a list or mapping");
    }
    if (scalar.getTag().getValue().endsWith(":null")) {
      return null;
    }
    return env.substitute(scalar.getValue(), this);
  }

  public String requiredText() {
    String text = text();
    if (text == null || text.isBlank()) {
      throw ConfigException.at(this, "a value is required", null);
    }
    return text;
  }

  /** Plain Java values (String, List, Map) for settings that connectors interpret. */
  public Object plain() {
    if (isMap()) {
      Map<String, Object> out = new LinkedHashMap<>();
      entries().forEach((k, v) -> out.put(k, v.plain()));
      return out;
    }
    if (isList()) {
      return items().stream().map(ConfigNode::plain).toList();
    }
    return text();
  }
}
