package io.assetbridge.connector.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds a URL query string; null values are left out. */
public final class Query {
  private final StringJoiner joiner = new StringJoiner("&", "?", "").setEmptyValue("");

  public static Query of() {
    return new Query();
  }

  public Query add(String name, Object value) {
    if (value != null) {
      joiner.add(encode(name) + "=" + encode(value.toString()));
    }
    return this;
  }

  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return joiner.toString();
  }
}
