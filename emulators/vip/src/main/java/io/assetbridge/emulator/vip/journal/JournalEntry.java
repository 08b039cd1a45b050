package io.assetbridge.emulator.vip.journal;

import java.time.Instant;
import java.util.Map;

/**
 * One journal line (§11): a request received ({@code in}) or a webhook attempt sent ({@code out});
 * members that do not apply to the direction are null.
 */
public record JournalEntry(
    long seq,
    Instant at,
    String direction,
    String method,
    String path,
    String query,
    Integer status,
    String problemType,
    String idempotencyKey,
    Boolean replayed,
    String fault,
    long durationMs,
    Map<String, String> headers,
    String body,
    String url,
    String eventId,
    Integer attempt) {}
