package io.assetbridge.connector.photoshelter;

import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.Secret;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads single settings leniently (typed values or their text) and names the fix on errors. */
final class SettingValues {
  private SettingValues() {}

  static URI baseUrl(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "setting baseUrl is missing; set it to https://www.photoshelter.com");
    }
    try {
      URI uri = URI.create(text.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "setting baseUrl must be an http(s) URL such as https://www.photoshelter.com, not '"
            + text
            + "'");
  }

  static Secret required(ConnectionSettings s, String name) {
    Secret secret = s.secret(name);
    if (secret == null || secret.reveal().isBlank()) {
      throw new IllegalArgumentException("setting " + name + " is missing; it is required");
    }
    return secret;
  }

  static Instant instant(ConnectionSettings s, String name, Instant fallback) {
    Object v = s.values().get(name);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Instant i) {
      return i;
    }
    try {
      return Instant.parse(v.toString().strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "setting " + name + " must be an ISO-8601 instant such as 2024-01-01T00:00:00Z", e);
    }
  }

  static Duration overlap(ConnectionSettings s) {
    Object v = s.values().get("overlap");
    Duration d = v == null ? Duration.ofSeconds(300) : duration(v);
    if (d.isNegative()) {
      throw new IllegalArgumentException("setting overlap must not be negative; 300s is usual");
    }
    return d;
  }

  private static Duration duration(Object v) {
    if (v instanceof Duration d) {
      return d;
    }
    if (v instanceof Number n) {
      return Duration.ofSeconds(n.longValue());
    }
    String t = v.toString().strip().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      long amount = Long.parseLong(t.replaceAll("[smh]$", ""));
      return t.endsWith("m")
          ? Duration.ofMinutes(amount)
          : t.endsWith("h") ? Duration.ofHours(amount) : Duration.ofSeconds(amount);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "setting overlap must be a duration such as 300s, 5m or PT5M, not '" + v + "'", e);
    }
  }
}
