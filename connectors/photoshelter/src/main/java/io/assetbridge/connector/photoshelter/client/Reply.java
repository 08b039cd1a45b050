package io.assetbridge.connector.photoshelter.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.spi.PermanentException;

/**
 * An answer read once: its JSON ({@code null} when the body was not JSON) and the platform error it
 * carries ({@code null} when none, including a v3 HTTP 200 with {@code status:"error"}).
 */
public record Reply(Answer answer, JsonNode json, PlatformError error) {

  /** The JSON body; a success whose body is not JSON is a platform fault no retry will fix. */
  public JsonNode body() {
    if (json == null) {
      throw new PermanentException(
          answer.what()
              + " answered HTTP "
              + answer.status()
              + " but the body was not valid JSON ("
              + answer.body().length
              + " bytes)");
    }
    return json;
  }

  /** {@code data} of a v3 envelope. */
  public JsonNode data() {
    return body().path("data");
  }
}
