package io.assetbridge.store;

/** Makes free text storable on both databases: PostgreSQL rejects NUL characters in text. */
final class Texts {
  static final int ERROR_LIMIT = 4000;

  private Texts() {}

  static String storable(String text) {
    return text == null ? null : text.replace('\0', ' ');
  }

  /** Errors are cut so a huge stack or response body never fails the write that records it. */
  static String error(String text) {
    String clean = storable(text);
    return clean == null || clean.length() <= ERROR_LIMIT ? clean : clean.substring(0, ERROR_LIMIT);
  }
}
