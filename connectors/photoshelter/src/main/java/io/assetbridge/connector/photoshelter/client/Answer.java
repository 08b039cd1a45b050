package io.assetbridge.connector.photoshelter.client;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP answer held in memory: only JSON answers and error bodies become one, never file bytes.
 *
 * @param what the call as "ps: GET /psapi/…", without query string or credentials
 */
public record Answer(String what, int status, HttpHeaders headers, byte[] body) {

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** The body as text, cut short and on one line, for an error message. */
  public String snippet() {
    String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
