package io.assetbridge.connector.photoshelter.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.http.Query;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.RetryableException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.function.Function;

/**
 * Signed calls inside the session. A session error is answered by one serialised re-login and one
 * retry (§2, Clarification 5); a second one is permanent. Every other failure is classified and
 * thrown for the engine to retry.
 */
public final class PsClient {
  private final PsTransport transport;
  private final PsSession session;

  public PsClient(PsTransport transport, PsSession session) {
    this.transport = transport;
    this.session = session;
  }

  public Credentials credentials() {
    return session.current();
  }

  public String connection() {
    return transport.connection();
  }

  /** {@code data} of a v3 GET. */
  public JsonNode v3Get(String path, Query query) {
    return call(Call.get(path + query)).data();
  }

  /** {@code data} of a v3 form POST. */
  public JsonNode v3Post(String path, Query form) {
    return call(Call.form(path, form.toString().replaceFirst("^\\?", ""))).data();
  }

  /** The whole v4 document of a GET. */
  public JsonNode v4Get(String path, Query query) {
    return call(Call.get(path + query)).body();
  }

  /** The whole v4 document of a JSON PATCH or POST. */
  public JsonNode v4Send(String method, String path, String jsonBody) {
    return call(Call.json(method, path, jsonBody)).body();
  }

  /**
   * Sends a one-shot call (an upload): after a session error it logs in again, but never resends.
   */
  public JsonNode v3Once(Call call) {
    return call(call).data();
  }

  /** Opens a download; the caller closes the stream. */
  public HttpResponse<InputStream> open(String path) {
    return attempt(
            Call.get(path), c -> transport.stream(Call.get(path), c), PsTransport.Streamed::error)
        .response();
  }

  private Reply call(Call call) {
    return attempt(call, c -> transport.exchange(call, c), r -> r.error() == null ? null : r);
  }

  private <T> T attempt(Call call, Function<Credentials, T> send, Function<T, Reply> errorOf) {
    Credentials used = session.current();
    T result = send.apply(used);
    Reply failed = errorOf.apply(result);
    if (failed != null && failed.error().isSessionError()) {
      Credentials fresh = session.renew(used);
      if (!call.replayable()) {
        throw new RetryableException(
            failed.answer().what() + " met an expired session; logged in again, try the call anew",
            null,
            null);
      }
      result = send.apply(fresh);
      failed = errorOf.apply(result);
      if (failed != null && failed.error().isSessionError()) {
        throw new PermanentException(
            failed.answer().what() + " was refused again right after a fresh login",
            transport.reader().failure(failed));
      }
    }
    if (failed != null) {
      throw transport.reader().failure(failed);
    }
    return result;
  }
}
