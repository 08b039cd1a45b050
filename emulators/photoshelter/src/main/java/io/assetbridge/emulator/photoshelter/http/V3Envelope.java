package io.assetbridge.emulator.photoshelter.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The v3 success envelope {@code {"status":"ok","data":{…}}}. */
public final class V3Envelope {

  private V3Envelope() {}

  public static void ok(Context ctx, Map<String, ?> data) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("data", data);
    Json.send(ctx, 200, body);
  }

  public static void ok(Context ctx, String recordKey, Object record) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(recordKey, record);
    ok(ctx, data);
  }
}
