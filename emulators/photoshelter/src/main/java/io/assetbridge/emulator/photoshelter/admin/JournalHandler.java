package io.assetbridge.emulator.photoshelter.admin;

import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.journal.Journal;
import io.assetbridge.emulator.photoshelter.journal.JournalEntry;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /_emulator/journal?since=&limit=} and {@code DELETE /_emulator/journal}. */
public final class JournalHandler {

  private final Journal journal;

  public JournalHandler(Journal journal) {
    this.journal = journal;
  }

  public void read(Context ctx) {
    long since = number(ctx.queryParam("since"), 0);
    int limit = (int) Math.min(100_000, number(ctx.queryParam("limit"), 1000));
    List<JournalEntry> entries = journal.since(since, limit);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entries", entries);
    body.put("next_since", entries.isEmpty() ? since : entries.get(entries.size() - 1).seq());
    Json.send(ctx, 200, body);
  }

  public void clear(Context ctx) {
    journal.clear();
    Json.send(ctx, 200, Map.of());
  }

  private static long number(String text, long fallback) {
    try {
      return text == null ? fallback : Math.max(0, Long.parseLong(text));
    } catch (NumberFormatException e) {
      throw ApiException.badParam("since and limit must be numbers");
    }
  }
}
