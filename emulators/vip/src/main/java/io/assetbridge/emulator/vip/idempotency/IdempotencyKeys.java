package io.assetbridge.emulator.vip.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.http.ApiResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * The account's idempotency keys (§4). Callers hold the account lock, which makes reserve's
 * check-then-insert atomic.
 */
public final class IdempotencyKeys {
  private final Map<String, Entry> entries = new HashMap<>();

  /** What a key's look-up found. */
  public sealed interface Lookup {}

  /** Fresh: the key is now reserved for this request. */
  public record Reserved() implements Lookup {}

  public record Replay(ApiResponse response) implements Lookup {}

  public record Reused() implements Lookup {}

  public record InProgress() implements Lookup {}

  private record Entry(JsonNode fingerprint, ApiResponse response) {}

  public Lookup reserve(String key, JsonNode fingerprint) {
    Entry entry = entries.get(key);
    if (entry == null) {
      entries.put(key, new Entry(fingerprint, null));
      return new Reserved();
    }
    if (entry.response() == null) {
      return new InProgress();
    }
    return entry.fingerprint().equals(fingerprint) ? new Replay(entry.response()) : new Reused();
  }

  public void complete(String key, ApiResponse response) {
    entries.computeIfPresent(key, (k, entry) -> new Entry(entry.fingerprint(), response));
  }

  public void release(String key) {
    entries.remove(key);
  }
}
