package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.http.QueryParams;
import io.assetbridge.emulator.vip.journal.JournalEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /_emulator/journal?after=&limit=} and {@code DELETE /_emulator/journal}. */
final class JournalAdmin {
  private JournalAdmin() {}

  static ApiOperation read(Platform platform) {
    return call -> {
      QueryParams query = call.query(Set.of("after", "limit"));
      int limit = query.limit(100, 1000);
      long after = query.get("after").map(JournalAdmin::after).orElse(0L);
      List<JournalEntry> entries = platform.journal().after(after, limit);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("entries", entries);
      body.put("nextAfter", entries.isEmpty() ? after : entries.getLast().seq());
      return ApiResponse.json(200, body);
    };
  }

  static ApiOperation clear(Platform platform) {
    return (ApiCall call) -> {
      platform.journal().clear();
      return ApiResponse.noContent();
    };
  }

  private static long after(String text) {
    try {
      long after = Long.parseLong(text);
      if (after >= 0) {
        return after;
      }
    } catch (NumberFormatException e) {
      // falls through to the problem below
    }
    throw Problem.invalid("after must be a journal seq (0 or more), is '" + text + "'");
  }
}
