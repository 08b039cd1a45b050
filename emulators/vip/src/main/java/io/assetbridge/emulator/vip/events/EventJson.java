package io.assetbridge.emulator.vip.events;

import io.assetbridge.emulator.vip.http.Json;
import java.time.Instant;

/** The §9 event object, {@code {"id","type","occurredAt","data"}}, in that member order. */
public final class EventJson {
  private EventJson() {}

  private record Body(String id, String type, Instant occurredAt, Object data) {}

  public static String serialize(String id, String type, Instant occurredAt, Object data) {
    return Json.text(new Body(id, type, occurredAt, data));
  }

  public static String idOf(long seq) {
    return String.format("evt_%020d", seq);
  }
}
