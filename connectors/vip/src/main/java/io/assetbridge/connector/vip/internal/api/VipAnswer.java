package io.assetbridge.connector.vip.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.http.Failures;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RetryableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

/**
 * One answer from VIP. Callers that expect success call {@link #json()} or {@link #map}; callers
 * that branch on a problem (409 external-ref-taken, 422 refusals) look at {@link #problem()} first.
 *
 * @param call what was called, e.g. {@code vip: POST /api/v1/assets}, never with credentials
 */
public record VipAnswer(
    String call, String connection, int status, byte[] body, String retryAfter) {
  private static final int SNIPPET = 200;

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The 2xx body as JSON; a failure answer throws its classified failure instead. */
  public JsonNode json() {
    if (!ok()) {
      throw failure();
    }
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new IOException("empty body");
      }
      return node;
    } catch (IOException e) {
      throw new PermanentException(
          call + " answered HTTP " + status + " with malformed JSON: " + e.getMessage(), e);
    }
  }

  /** The 2xx body read by {@code reader}; a body that breaks the contract names the call. */
  public <T> T map(Function<JsonNode, T> reader) {
    JsonNode node = json();
    try {
      return reader.apply(node);
    } catch (ConnectorException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PermanentException(
          call + " answered HTTP " + status + " with JSON outside the VIP contract: " + e, e);
    }
  }

  /** The RFC 7807 problem in a failure answer, or null when the body is not problem JSON. */
  public Problem problem() {
    if (ok() || body == null || body.length == 0) {
      return null;
    }
    try {
      return Problem.from(Json.MAPPER.readTree(body));
    } catch (IOException malformed) {
      return null;
    }
  }

  /** This failure answer classified: retryable or permanent, naming the call and the problem. */
  public ConnectorException failure() {
    Problem problem = problem();
    if (status == 401) {
      return new PermanentException(
          "VIP rejected the token for connection "
              + connection
              + ": check `token` ("
              + call
              + " answered HTTP 401)");
    }
    if (problem != null && problem.is("idempotency-key-in-progress")) {
      // Retryable although a 409: the first request with this key is still running (§4).
      Duration wait = Failures.retryAfter(retryAfter);
      return new RetryableException(
          call + " answered HTTP 409: " + problem.describe(),
          wait == null ? Duration.ofSeconds(1) : wait,
          null);
    }
    String detail = problem != null ? problem.describe() : malformedBody();
    return Failures.forStatus(call, status, retryAfter, detail);
  }

  private String malformedBody() {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
    if (text.length() > SNIPPET) {
      text = text.substring(0, SNIPPET) + "…";
    }
    return "the error body was malformed (not RFC 7807 problem JSON)"
        + (text.isEmpty() ? ", it was empty" : ": " + text.replaceAll("\\s+", " "));
  }
}
