package io.assetbridge.emulator.photoshelter.v4;

import java.util.Locale;

/** Contains-matching, case-insensitive, without Unicode normalisation (Clarification 9). */
final class Text {

  private Text() {}

  static boolean contains(String haystack, String needle) {
    return haystack != null
        && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }
}
