package io.assetbridge.connector.photoshelter.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** §10: split on ',', trim, drop empties, de-duplicate case-insensitively, keep order. */
public final class Keywords {
  private Keywords() {}

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (String part : text.split(",")) {
      String k = part.strip();
      if (!k.isEmpty() && seen.add(k.toLowerCase(Locale.ROOT))) {
        out.add(k);
      }
    }
    return out;
  }

  public static String join(List<String> keywords) {
    return String.join(",", split(String.join(",", keywords)));
  }
}
