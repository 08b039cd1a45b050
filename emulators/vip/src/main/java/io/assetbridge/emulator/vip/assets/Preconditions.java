package io.assetbridge.emulator.vip.assets;

import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.http.ProblemType;

/** {@code If-Match: "<version>"} (also {@code *}, weak tags and lists of tags). */
final class Preconditions {
  private Preconditions() {}

  static void checkIfMatch(String header, int version) {
    if (header == null || header.isBlank()) {
      return;
    }
    for (String tag : header.split(",")) {
      String value = tag.trim();
      if (value.equals("*")) {
        return;
      }
      if (value.startsWith("W/")) {
        value = value.substring(2);
      }
      if (value.replace("\"", "").equals(Integer.toString(version))) {
        return;
      }
    }
    throw new Problem(
            ProblemType.VERSION_MISMATCH,
            "If-Match " + header + " does not equal the current version \"" + version + "\"")
        .with("version", version);
  }
}
