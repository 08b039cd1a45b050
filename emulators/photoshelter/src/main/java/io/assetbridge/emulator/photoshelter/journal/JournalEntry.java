package io.assetbridge.emulator.photoshelter.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One request received on {@code /psapi/}; {@code status} 0 means the connection was dropped.
 *
 * @param body JSON or form fields of a POST/PATCH (file parts and secrets left out), else absent
 */
public record JournalEntry(
    long seq,
    String at,
    String method,
    String path,
    String query,
    String auth,
    int status,
    String fault,
    @JsonProperty("duration_ms") long durationMs,
    @JsonProperty("request_bytes") long requestBytes,
    @JsonInclude(JsonInclude.Include.NON_NULL) Object body) {

  JournalEntry numbered(long value) {
    return new JournalEntry(
        value, at, method, path, query, auth, status, fault, durationMs, requestBytes, body);
  }
}
