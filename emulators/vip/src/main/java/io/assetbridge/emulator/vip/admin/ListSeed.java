package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.http.FieldReader;
import java.util.List;

/** A distribution list in a seed body; members are recipient keys (or recipient ids). */
record ListSeed(String name, String description, List<String> members) {

  static ListSeed read(FieldReader r) {
    r.allowOnly(List.of("name", "description", "members"));
    List<String> members = r.texts("members", 1000, 200);
    return new ListSeed(
        r.text("name", 500, true),
        r.text("description", 10_000),
        members == null ? List.of() : members);
  }
}
