package io.assetbridge.emulator.photoshelter.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Json;
import io.assetbridge.emulator.photoshelter.http.Stamps;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns a finished (or dropped) request into a journal entry; secrets never get in. */
public final class JournalRecorder {

  private static final Set<String> SECRETS = Set.of("api_key", "auth_token", "token", "password");
  private static final String STARTED = "journal.started";
  private final Journal journal;

  public JournalRecorder(Journal journal) {
    this.journal = journal;
  }

  public static void markStart(Context ctx, Instant at) {
    ctx.attribute(STARTED, new long[] {System.nanoTime(), at.toEpochMilli()});
  }

  public void record(Context ctx, int status, String fault) {
    long[] started = ctx.attribute(STARTED);
    long nanos = started == null ? System.nanoTime() : started[0];
    Instant at = started == null ? Instant.now() : Instant.ofEpochMilli(started[1]);
    journal.add(
        new JournalEntry(
            0,
            Stamps.iso(at),
            ctx.method().name(),
            ctx.path(),
            query(ctx.queryString()),
            auth(ctx),
            status,
            fault,
            (System.nanoTime() - nanos) / 1_000_000,
            Math.max(0, ctx.req().getContentLengthLong()),
            body(ctx)));
  }

  private static String query(String queryString) {
    if (queryString == null) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String part : queryString.split("&")) {
      String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
      if (!part.isEmpty() && !SECRETS.contains(name)) {
        kept.add(part);
      }
    }
    return String.join("&", kept);
  }

  private static String auth(Context ctx) {
    if (ctx.header("X-PS-Auth-Token") != null || ctx.queryParam("auth_token") != null) {
      return "token";
    }
    String authorization = ctx.header("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? "bearer"
        : "none";
  }

  private static Object body(Context ctx) {
    String method = ctx.method().name();
    if (!method.equals("POST") && !method.equals("PATCH")) {
      return null;
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    try {
      if (type.contains("json")) {
        return withoutSecrets(Json.read(ctx.body()));
      }
      if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
        Map<String, String> fields = new LinkedHashMap<>();
        ctx.formParamMap()
            .forEach(
                (k, v) -> {
                  if (!SECRETS.contains(k) && !v.isEmpty()) {
                    fields.put(k, v.get(0));
                  }
                });
        return fields;
      }
    } catch (ApiException | IllegalStateException e) {
      return "(unreadable body)";
    }
    return null;
  }

  private static JsonNode withoutSecrets(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(SECRETS);
      object.forEach(JournalRecorder::withoutSecrets);
    } else if (node.isArray()) {
      node.forEach(JournalRecorder::withoutSecrets);
    }
    return node;
  }
}
