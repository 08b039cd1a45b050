package io.assetbridge.connector.photoshelter.client;

import io.assetbridge.connector.http.Failures;
import io.assetbridge.connector.http.PlatformHttp;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/**
 * Sends calls through the shared {@link PlatformHttp} with the API key (and a session's headers
 * when given), and reads JSON answers. Every request of the connector passes here.
 */
public final class PsTransport {
  private static final int ERROR_BODY_LIMIT = 64 * 1024;
  private final PlatformHttp http;
  private final Secret apiKey;
  private final AnswerReader reader;

  public PsTransport(PlatformHttp http, Secret apiKey, AnswerReader reader) {
    this.http = http;
    this.apiKey = apiKey;
    this.reader = reader;
  }

  public String connection() {
    return http.connection();
  }

  public AnswerReader reader() {
    return reader;
  }

  /** Sends a call whose answer is JSON; {@code credentials} may be null before login. */
  public Reply exchange(Call call, Credentials credentials) {
    HttpRequest request = build(call, credentials);
    HttpResponse<byte[]> response = http.send(request, BodyHandlers.ofByteArray());
    Answer answer =
        new Answer(
            http.describe(request), response.statusCode(), response.headers(), bytes(response));
    return reader.read(answer);
  }

  /**
   * Sends a call whose good answer is a byte stream. A non-2xx or JSON answer is read (it is a
   * small error body, v3 errors may come with HTTP 200) and returned as a {@link Reply}; any other
   * 2xx answer comes back open as the response.
   */
  public Streamed stream(Call call, Credentials credentials) {
    HttpRequest request = build(call, credentials);
    HttpResponse<InputStream> response = http.send(request, BodyHandlers.ofInputStream());
    boolean json =
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
    if (response.statusCode() >= 200 && response.statusCode() < 300 && !json) {
      return new Streamed(response, null);
    }
    try (InputStream body = response.body()) {
      byte[] bytes = body.readNBytes(ERROR_BODY_LIMIT);
      Answer answer =
          new Answer(http.describe(request), response.statusCode(), response.headers(), bytes);
      Reply reply = reader.read(answer);
      if (reply.error() == null) {
        throw new PermanentException(answer.what() + " answered JSON where a file was expected");
      }
      return new Streamed(null, reply);
    } catch (IOException e) {
      throw Failures.forIo(http.describe(request), e);
    }
  }

  private HttpRequest build(Call call, Credentials credentials) {
    HttpRequest.Builder b =
        http.request(call.pathAndQuery())
            .method(call.method(), call.body().get())
            .header("X-PS-Api-Key", apiKey.reveal());
    if (call.contentType() != null) {
      b.header("Content-Type", call.contentType());
    }
    return (credentials == null ? b : credentials.sign(b)).build();
  }

  private static byte[] bytes(HttpResponse<byte[]> response) {
    return response.body() == null ? new byte[0] : response.body();
  }

  /** Either an open 2xx stream or the error reply, never both. */
  public record Streamed(HttpResponse<InputStream> response, Reply error) {}
}
