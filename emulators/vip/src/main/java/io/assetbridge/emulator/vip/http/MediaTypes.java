package io.assetbridge.emulator.vip.http;

import java.util.Locale;

/** Compares a Content-Type header's media type, ignoring parameters and case. */
public final class MediaTypes {
  private MediaTypes() {}

  public static String essence(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.trim().toLowerCase(Locale.ROOT);
  }

  public static boolean is(String contentType, String... accepted) {
    String essence = essence(contentType);
    for (String type : accepted) {
      if (essence.equals(type)) {
        return true;
      }
    }
    return false;
  }
}
