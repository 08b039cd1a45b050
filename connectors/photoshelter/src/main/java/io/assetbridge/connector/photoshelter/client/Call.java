package io.assetbridge.connector.photoshelter.client;

import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * One request to make, able to build its body again for the single retry after a re-login. {@code
 * replayable} is false for uploads: their body stream can be sent only once.
 */
public record Call(
    String method,
    String pathAndQuery,
    String contentType,
    Supplier<BodyPublisher> body,
    boolean replayable) {

  public static Call get(String pathAndQuery) {
    return new Call("GET", pathAndQuery, null, BodyPublishers::noBody, true);
  }

  public static Call form(String path, String formBody) {
    return text("POST", path, "application/x-www-form-urlencoded", formBody);
  }

  public static Call json(String method, String path, String jsonBody) {
    return text(method, path, "application/json", jsonBody);
  }

  private static Call text(String method, String path, String contentType, String body) {
    return new Call(
        method,
        path,
        contentType,
        () -> BodyPublishers.ofString(body, StandardCharsets.UTF_8),
        true);
  }
}
