package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.auth.ApiHandler;
import io.assetbridge.emulator.photoshelter.auth.Caller;
import io.assetbridge.emulator.photoshelter.http.V3Envelope;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One part of an image record ({@code /iptc}, {@code /custom}, {@code /license}, {@code
 * /galleries}) under its record key, with {@code fields} applied to the record or to each entry.
 */
public final class ImagePartHandler implements ApiHandler {

  private final Library library;
  private final String recordKey;
  private final List<String> keys;
  private final Function<Image, Object> part;

  public ImagePartHandler(
      Library library, String recordKey, List<String> keys, Function<Image, Object> part) {
    this.library = library;
    this.recordKey = recordKey;
    this.keys = List.copyOf(keys);
    this.part = part;
  }

  @Override
  public void handle(Context ctx, Caller caller) {
    FieldSelection fields = FieldSelection.parse(ctx.queryParam("fields"));
    fields.check(keys, recordKey);
    Object value = part.apply(ImageRecordHandler.find(library, ctx.pathParam("image_id")));
    V3Envelope.ok(ctx, recordKey, select(value, fields));
  }

  @SuppressWarnings("unchecked")
  private Object select(Object value, FieldSelection fields) {
    if (value instanceof List<?> list) {
      return list.stream().map(e -> fields.apply((Map<String, ?>) e, recordKey)).toList();
    }
    return fields.apply((Map<String, ?>) value, recordKey);
  }
}
