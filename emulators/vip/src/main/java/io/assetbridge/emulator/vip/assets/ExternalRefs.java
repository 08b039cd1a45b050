package io.assetbridge.emulator.vip.assets;

import io.assetbridge.emulator.vip.http.FieldReader;

/** Reads {@code externalRef}: at most 200 characters, not empty. */
final class ExternalRefs {
  private ExternalRefs() {}

  static String read(FieldReader reader) {
    String ref = reader.text("externalRef", 200);
    if (ref != null && ref.isBlank()) {
      reader.fail("externalRef", "must not be blank; send null to clear it");
      return null;
    }
    return ref;
  }
}
