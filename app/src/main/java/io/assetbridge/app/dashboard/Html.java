package io.assetbridge.app.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Escaping for text placed in HTML, and the few formats pages share. */
final class Html {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private Html() {}

  /** Text safe inside an element or a quoted attribute; null becomes empty. */
  static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A value for a URL's query string. */
  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  /** A table cell that never wraps: times and flow names read badly broken over lines. */
  static String cell(String html) {
    return "<td class=\"t\">" + html + "</td>";
  }

  /** A state or outcome as a coloured badge; the class names are in {@link Layout}'s CSS. */
  static String badge(String text) {
    return "<span class=\"badge b-"
        + esc(text.toLowerCase(java.util.Locale.ROOT))
        + "\">"
        + esc(text)
        + "</span>";
  }
}
