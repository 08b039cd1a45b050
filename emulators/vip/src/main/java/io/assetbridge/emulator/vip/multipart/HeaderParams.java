package io.assetbridge.emulator.vip.multipart;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code ; name=value} parameters of a header such as Content-Disposition or Content-Type. */
final class HeaderParams {
  private HeaderParams() {}

  static Map<String, String> parse(String header) {
    Map<String, String> params = new HashMap<>();
    int i = header.indexOf(';');
    while (i >= 0 && i < header.length()) {
      int eq = header.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String name = header.substring(i + 1, eq).trim().toLowerCase(Locale.ROOT);
      StringBuilder value = new StringBuilder();
      i = readValue(header, eq + 1, value);
      params.put(name, value.toString());
    }
    String extended = params.remove("filename*");
    if (extended != null && extended.contains("''")) {
      String encoded = extended.substring(extended.indexOf("''") + 2);
      params.put(
          "filename", URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return params;
  }

  /** Reads a token or quoted string from {@code start}; returns the index of the next ';'. */
  private static int readValue(String header, int start, StringBuilder value) {
    int i = start;
    while (i < header.length() && header.charAt(i) == ' ') {
      i++;
    }
    if (i < header.length() && header.charAt(i) == '"') {
      for (i++; i < header.length() && header.charAt(i) != '"'; i++) {
        char c = header.charAt(i);
        if (c == '\\' && i + 1 < header.length()) {
          c = header.charAt(++i);
        }
        value.append(c);
      }
      int next = header.indexOf(';', i);
      return next < 0 ? header.length() : next;
    }
    int next = header.indexOf(';', i);
    int end = next < 0 ? header.length() : next;
    value.append(header, i, end).setLength(value.toString().trim().length());
    return end;
  }
}
