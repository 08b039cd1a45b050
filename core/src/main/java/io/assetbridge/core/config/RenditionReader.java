package io.assetbridge.core.config;

import io.assetbridge.imaging.Fit;
import io.assetbridge.imaging.ImageFormat;
import io.assetbridge.imaging.RenditionSpec;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code renditions:}: {@code web-2048: { width: 2048, height: 2048, fit: inside, format:
 * jpeg, quality: 85, metadata: keep, focalX: 0.5, focalY: 0.3 }}.
 */
final class RenditionReader {
  private static final Set<String> KEYS =
      Set.of("width", "height", "fit", "format", "quality", "metadata", "focalX", "focalY");

  private RenditionReader() {}

  static Map<String, RenditionSpec> read(ConfigNode node) {
    Map<String, RenditionSpec> specs = new LinkedHashMap<>();
    node.entries().forEach((name, body) -> specs.put(name, spec(name, body)));
    return specs;
  }

  private static RenditionSpec spec(String name, ConfigNode body) {
    Map<String, ConfigNode> r = body.entries(KEYS);
    for (String required : new String[] {"width", "height"}) {
      if (!r.containsKey(required)) {
        throw ConfigException.at(
            body, "rendition '" + name + "' has no " + required, "add " + required + ": <pixels>");
      }
    }
    try {
      return new RenditionSpec(
          name,
          Numbers.integer(r.get("width")),
          Numbers.integer(r.get("height")),
          r.containsKey("fit") ? fit(r.get("fit")) : Fit.INSIDE,
          r.containsKey("focalX") ? fraction(r.get("focalX")) : null,
          r.containsKey("focalY") ? fraction(r.get("focalY")) : null,
          r.containsKey("format")
              ? ImageFormat.parse(r.get("format").requiredText())
              : ImageFormat.JPEG,
          r.containsKey("quality") ? Numbers.integer(r.get("quality")) : 85,
          r.containsKey("metadata") && keep(r.get("metadata")));
    } catch (IllegalArgumentException e) {
      throw ConfigException.at(body, e.getMessage(), null);
    }
  }

  private static Fit fit(ConfigNode node) {
    String text = node.requiredText();
    try {
      return Fit.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ConfigException.at(node, "unknown fit '" + text + "'", "use inside, cover or exact");
    }
  }

  private static boolean keep(ConfigNode node) {
    return switch (node.requiredText()) {
      case "keep" -> true;
      case "strip" -> false;
      default ->
          throw ConfigException.at(
              node, "metadata must be keep or strip", "keep embeds caption, credit and copyright");
    };
  }

  private static Double fraction(ConfigNode node) {
    try {
      return Double.valueOf(node.requiredText());
    } catch (NumberFormatException e) {
      throw ConfigException.at(
          node,
          "'" + node.requiredText() + "' is not a number",
          "write a fraction between 0 and 1");
    }
  }
}
