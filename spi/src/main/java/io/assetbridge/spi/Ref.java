package io.assetbridge.spi;

import java.util.Objects;

/**
 * An asset's identity in one system, written {@code connection:id}. Ids are opaque: only the first
 * colon separates, so PhotoShelter ids with dots and VIP file refs with slashes survive intact.
 */
public record Ref(String connection, String id) {
  public Ref {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(id, "id");
    if (connection.isEmpty() || connection.contains(":")) {
      throw new IllegalArgumentException("a ref's connection must be a non-empty name without ':'");
    }
    if (id.isEmpty()) {
      throw new IllegalArgumentException("a ref's id must not be empty");
    }
  }

  public static Ref parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a ref; write connection:id, for example ps:I0000abc");
    }
    return new Ref(text.substring(0, colon), text.substring(colon + 1));
  }

  @Override
  public String toString() {
    return connection + ":" + id;
  }
}
