package io.assetbridge.connector.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body streamed part by part: file parts are read from their stream
 * while sending, never held whole in memory. One-shot: build a new one for each attempt.
 */
public final class Multipart {
  private final String boundary = "assetbridge-" + UUID.randomUUID();
  private final List<InputStream> pieces = new ArrayList<>();

  public Multipart text(String name, String value) {
    return part(name, null, "text/plain; charset=UTF-8", bytes(value));
  }

  public Multipart json(String name, String json) {
    return part(name, null, "application/json", bytes(json));
  }

  public Multipart file(String name, String fileName, String contentType, InputStream content) {
    return part(name, fileName, contentType, content);
  }

  private Multipart part(String name, String fileName, String contentType, InputStream body) {
    StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
    head.append("Content-Disposition: form-data; name=\"").append(quote(name)).append('"');
    if (fileName != null) {
      head.append("; filename=\"").append(quote(fileName)).append('"');
    }
    head.append("\r\nContent-Type: ").append(contentType).append("\r\n\r\n");
    pieces.add(bytes(head.toString()));
    pieces.add(body);
    pieces.add(bytes("\r\n"));
    return this;
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  public HttpRequest.BodyPublisher publisher() {
    List<InputStream> all = new ArrayList<>(pieces);
    all.add(bytes("--" + boundary + "--\r\n"));
    return HttpRequest.BodyPublishers.ofInputStream(
        () -> new SequenceInputStream(Collections.enumeration(all)));
  }

  private static String quote(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "");
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
