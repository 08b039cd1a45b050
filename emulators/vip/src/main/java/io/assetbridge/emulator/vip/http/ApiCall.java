package io.assetbridge.emulator.vip.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.emulator.vip.files.FileVault;
import io.assetbridge.emulator.vip.multipart.MultipartBody;
import io.assetbridge.emulator.vip.multipart.MultipartParser;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** One request as operations see it, plus what the journal records about it. */
public final class ApiCall implements AutoCloseable {
  private static final int MAX_JSON_BYTES = 1 << 20;
  private static final int SUMMARY_BYTES = 4096;
  private final Context ctx;
  private final FileVault vault;
  private final long maxFileBytes;
  private final List<MultipartBody> bodies = new ArrayList<>();
  private String idempotencyKey;
  private boolean replayed;
  private String bodySummary;
  private long delayMs;
  private boolean paused;

  public ApiCall(Context ctx, FileVault vault, long maxFileBytes) {
    this.ctx = ctx;
    this.vault = vault;
    this.maxFileBytes = maxFileBytes;
    this.idempotencyKey = ctx.header("Idempotency-Key");
  }

  public Context context() {
    return ctx;
  }

  public String method() {
    return ctx.method().name();
  }

  public String path() {
    return ctx.path();
  }

  public String queryString() {
    return ctx.queryString();
  }

  public String pathParam(String name) {
    return ctx.pathParam(name);
  }

  public String header(String name) {
    return ctx.header(name);
  }

  public QueryParams query(Set<String> allowed) {
    return QueryParams.strict(ctx.queryParamMap(), allowed);
  }

  /** The body as a JSON object; 415 for another Content-Type, 400 when malformed. */
  public ObjectNode json(String... acceptedTypes) {
    String[] types = acceptedTypes.length == 0 ? new String[] {"application/json"} : acceptedTypes;
    if (!MediaTypes.is(header("Content-Type"), types)) {
      throw new Problem(
          ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the body as " + String.join(" or ", types));
    }
    byte[] bytes = readBody();
    JsonNode node = Json.parse(bytes, "the body");
    if (!node.isObject()) {
      throw Problem.invalid("the body must be a JSON object");
    }
    return (ObjectNode) node;
  }

  private byte[] readBody() {
    try {
      byte[] bytes = ctx.req().getInputStream().readNBytes(MAX_JSON_BYTES + 1);
      bodySummary =
          new String(
              Arrays.copyOf(bytes, Math.min(bytes.length, SUMMARY_BYTES)), StandardCharsets.UTF_8);
      if (bytes.length > MAX_JSON_BYTES) {
        throw new Problem(ProblemType.TOO_LARGE, "a JSON body may have at most 1 MiB");
      }
      return bytes;
    } catch (IOException e) {
      throw Problem.invalid("the body could not be read: " + e.getMessage());
    }
  }

  /** The body as multipart/form-data, file parts streamed to temporary files. */
  public MultipartBody multipart() {
    String type = header("Content-Type");
    if (!MediaTypes.is(type, "multipart/form-data")) {
      throw new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the body as multipart/form-data");
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxFileBytes + (1 << 20)) {
      throw new Problem(
          ProblemType.TOO_LARGE, "a file may have at most " + maxFileBytes + " bytes");
    }
    try {
      MultipartBody body =
          MultipartParser.parse(ctx.req().getInputStream(), type, maxFileBytes, vault);
      bodies.add(body);
      bodySummary = body.summary(SUMMARY_BYTES);
      return body;
    } catch (IOException e) {
      throw Problem.invalid("the multipart body could not be read: " + e.getMessage());
    }
  }

  /** Latency to spend while the request is being processed (a fault). */
  public void delayBy(long millis) {
    this.delayMs = millis;
  }

  /** Spends the latency once, at the point where a slow server would be busy. */
  public void pause() {
    if (paused || delayMs <= 0) {
      return;
    }
    paused = true;
    try {
      Thread.sleep(delayMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public void noteReplayed() {
    this.replayed = true;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public boolean replayed() {
    return replayed;
  }

  public String bodySummary() {
    return bodySummary;
  }

  /** Deletes uploads no operation claimed. */
  @Override
  public void close() {
    bodies.forEach(MultipartBody::close);
  }
}
