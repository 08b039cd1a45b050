package io.assetbridge.emulator.vip.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** An HTTP answer as tests read it. */
public record Reply(int status, HttpResponse<byte[]> raw) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public String header(String name) {
    return raw.headers().firstValue(name).orElse(null);
  }

  public byte[] bytes() {
    return raw.body();
  }

  public String text() {
    return new String(raw.body(), StandardCharsets.UTF_8);
  }

  public JsonNode json() {
    try {
      return MAPPER.readTree(raw.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problem type's slug, e.g. {@code embargoed}. */
  public String problem() {
    return json().path("type").asText().replace("urn:vip:problem:", "");
  }

  @Override
  public String toString() {
    return status + " " + text();
  }
}
