package io.assetbridge.emulator.photoshelter.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders §9 error bodies: the v3 envelope or the v4 {@code errors[]} document. */
public final class ErrorBodies {

  private ErrorBodies() {}

  public static void render(Context ctx, ApiException e) {
    ApiError error = e.error();
    if (error == ApiError.RATE_LIMIT) {
      ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
    }
    if (Surface.of(ctx) == Surface.V4) {
      if (error.v4Status() == 401) {
        ctx.header("WWW-Authenticate", "Bearer");
      }
      Json.send(ctx, error.v4Status(), v4(error, e.getMessage()));
    } else {
      Json.send(ctx, error.v3Status(), v3(error, e.getMessage()));
    }
  }

  static Map<String, Object> v3(ApiError error, String message) {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("code", error.v3Status());
    inner.put("class", error.v3Class());
    inner.put("message", message);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "error");
    body.put("error", inner);
    return body;
  }

  static Map<String, Object> v4(ApiError error, String detail) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", error.v4Id());
    item.put("status", Integer.toString(error.v4Status()));
    item.put("title", error.title());
    item.put("detail", detail);
    return Map.of("errors", List.of(item));
  }
}
