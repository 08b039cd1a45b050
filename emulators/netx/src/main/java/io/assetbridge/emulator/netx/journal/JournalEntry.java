package io.assetbridge.emulator.netx.journal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One received request ({@code in}) or sent webhook ({@code out}); {@code seq} is set on add. */
public record JournalEntry(
    long seq,
    Instant at,
    String direction,
    String method,
    String path,
    String rpcMethod,
    Integer status,
    Integer rpcErrorCode,
    String fault,
    long durationMs,
    String body,
    String url,
    String event) {

  public static JournalEntry in(
      Instant at,
      String method,
      String path,
      RequestFacts facts,
      Integer status,
      long ms,
      String body) {
    return new JournalEntry(
        0,
        at,
        "in",
        method,
        path,
        facts.rpcMethod(),
        status,
        facts.rpcErrorCode(),
        facts.fault(),
        ms,
        body,
        null,
        null);
  }

  public static JournalEntry out(
      Instant at, String url, String event, Integer status, long ms, String body) {
    return new JournalEntry(
        0, at, "out", "POST", null, null, status, null, null, ms, body, url, event);
  }

  JournalEntry numbered(long n) {
    return new JournalEntry(
        n,
        at,
        direction,
        method,
        path,
        rpcMethod,
        status,
        rpcErrorCode,
        fault,
        durationMs,
        body,
        url,
        event);
  }

  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seq", seq);
    m.put("at", at.toString());
    m.put("direction", direction);
    m.put("method", method);
    if (direction.equals("in")) {
      m.put("path", path);
      m.put("rpcMethod", rpcMethod);
      m.put("status", status);
      m.put("rpcErrorCode", rpcErrorCode);
      m.put("fault", fault);
    } else {
      m.put("url", url);
      m.put("status", status);
      m.put("event", event);
    }
    m.put("durationMs", durationMs);
    m.put("body", body);
    return m;
  }
}
