package io.assetbridge.core.connect;

import io.assetbridge.core.config.ConfigException;
import io.assetbridge.core.config.ConfigNode;
import io.assetbridge.core.config.ConnectionConfig;
import io.assetbridge.core.config.DurationText;
import io.assetbridge.spi.Secret;
import io.assetbridge.spi.SettingDef;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a connection's settings against its connector's declarations and converts the values. */
final class SettingsBinder {

  private SettingsBinder() {}

  static Map<String, Object> bind(ConnectionConfig connection, List<SettingDef> defs) {
    Map<String, SettingDef> byName = new LinkedHashMap<>();
    defs.forEach(d -> byName.put(d.name(), d));
    Map<String, Object> values = new LinkedHashMap<>();
    connection
        .settings()
        .forEach(
            (name, node) -> {
              SettingDef def = byName.get(name);
              if (def == null) {
                throw ConfigException.at(
                    node,
                    "'" + connection.type() + "' connections have no setting '" + name + "'",
                    "use one of " + String.join(", ", byName.keySet()));
              }
              values.put(name, convert(def, node));
            });
    for (SettingDef def : defs) {
      if (!values.containsKey(def.name()) || values.get(def.name()) == null) {
        if (def.required()) {
          throw ConfigException.at(
              connection.node(),
              "the setting '" + def.name() + "' is missing",
              "add " + def.name() + ": … (" + def.doc() + ")");
        }
        values.put(def.name(), def.defaultValue());
      }
    }
    return values;
  }

  private static Object convert(SettingDef def, ConfigNode node) {
    return switch (def.type()) {
      case MAP -> node.isMap() ? node.plain() : fail(node, def, "a mapping { key: value }");
      case LIST -> node.isList() ? node.plain() : fail(node, def, "a list [a, b]");
      default -> scalar(def, node);
    };
  }

  private static Object scalar(SettingDef def, ConfigNode node) {
    String text = node.text();
    if (text == null) {
      return null;
    }
    try {
      return switch (def.type()) {
        case SECRET -> new Secret(text);
        case INT -> Long.parseLong(text.trim());
        case DECIMAL -> Double.parseDouble(text.trim());
        case BOOLEAN -> parseBoolean(text, node, def);
        case DURATION -> DurationText.parse(text);
        case INSTANT -> Instant.parse(text.trim());
        default -> text;
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      return fail(node, def, expectation(def));
    }
  }

  private static Boolean parseBoolean(String text, ConfigNode node, SettingDef def) {
    return switch (text.trim().toLowerCase()) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> (Boolean) fail(node, def, "true or false");
    };
  }

  private static String expectation(SettingDef def) {
    return switch (def.type()) {
      case INT -> "a whole number";
      case DECIMAL -> "a number";
      case DURATION -> "a duration such as 30s, 5m or PT5M";
      case INSTANT -> "an ISO-8601 instant such as 2024-01-01T00:00:00Z";
      default -> "a value";
    };
  }

  private static Object fail(ConfigNode node, SettingDef def, String expected) {
    throw ConfigException.at(node, "'" + def.name() + "' must be " + expected, def.doc());
  }
}
