package io.assetbridge.core.flow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Stable hashes of field values, so only changed fields are sent and echoes can be recognised. */
public final class Fingerprints {
  private Fingerprints() {}

  public static Map<String, String> of(Map<String, Object> fields) {
    Map<String, String> out = new LinkedHashMap<>();
    fields.forEach((name, value) -> out.put(name, of(value)));
    return out;
  }

  public static String of(Object value) {
    return sha256(canonical(value));
  }

  public static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String canonical(Object value) {
    return switch (value) {
      case null -> "null";
      case Map<?, ?> map -> {
        Map<String, String> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
        yield "{" + sorted + "}";
      }
      case List<?> list ->
          "[" + String.join("\u0001", list.stream().map(Fingerprints::canonical).toList()) + "]";
      case Number n -> "n:" + n;
      default -> value.getClass().getSimpleName() + ":" + value;
    };
  }
}
