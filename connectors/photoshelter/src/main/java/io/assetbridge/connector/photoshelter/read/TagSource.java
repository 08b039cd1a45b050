package io.assetbridge.connector.photoshelter.read;

/** Where one tag lives: a custom-metadata field (by name) or an IPTC key. */
public record TagSource(Kind kind, String key) {

  public enum Kind {
    CUSTOM,
    IPTC
  }

  /** Parses {@code custom:<Field Name>} or {@code iptc:<key>}. */
  public static TagSource parse(String tag, Object spec) {
    String text = spec == null ? "" : spec.toString().strip();
    int colon = text.indexOf(':');
    String prefix = colon < 0 ? "" : text.substring(0, colon).strip();
    String key = colon < 0 ? "" : text.substring(colon + 1).strip();
    if (key.isEmpty() || !(prefix.equals("custom") || prefix.equals("iptc"))) {
      throw new IllegalArgumentException(
          "setting tags."
              + tag
              + " must be \"custom:<Field Name>\" or \"iptc:<key>\", not '"
              + text
              + "'");
    }
    return new TagSource(prefix.equals("custom") ? Kind.CUSTOM : Kind.IPTC, key);
  }

  /** The default tag name of a custom field: lower case, spaces as underscores. */
  public static String defaultName(String fieldName) {
    return fieldName.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "_");
  }
}
