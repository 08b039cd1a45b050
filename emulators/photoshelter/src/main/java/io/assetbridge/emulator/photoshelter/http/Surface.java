package io.assetbridge.emulator.photoshelter.http;

import io.javalin.http.Context;

/** Which API a request addressed; errors are rendered in that API's shape. */
public enum Surface {
  V3,
  V4,
  OTHER;

  public static Surface of(Context ctx) {
    String path = ctx.path();
    if (path.startsWith("/psapi/v3")) {
      return V3;
    }
    return path.startsWith("/psapi/v4.0") ? V4 : OTHER;
  }
}
