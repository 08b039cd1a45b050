package io.assetbridge.emulator.vip.journal;

import io.assetbridge.emulator.vip.http.ApiCall;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds {@code in} entries from a finished call; the bearer token never reaches the journal. */
public final class InboundEntries {
  private InboundEntries() {}

  public record Outcome(Integer status, String problemType, String fault, long durationMs) {}

  public static JournalEntry of(long seq, Instant at, ApiCall call, Outcome outcome) {
    return new JournalEntry(
        seq,
        at,
        "in",
        call.method(),
        call.path(),
        call.queryString(),
        outcome.status(),
        outcome.problemType(),
        call.idempotencyKey(),
        call.replayed(),
        outcome.fault(),
        outcome.durationMs(),
        headers(call.context().headerMap()),
        call.bodySummary(),
        null,
        null,
        null);
  }

  private static Map<String, String> headers(Map<String, String> raw) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    raw.forEach((name, value) -> headers.put(name, masked(name, value)));
    return headers;
  }

  private static String masked(String name, String value) {
    if (!name.equalsIgnoreCase("Authorization")) {
      return value;
    }
    return value.toLowerCase(Locale.ROOT).startsWith("bearer") ? "Bearer ***" : "***";
  }
}
