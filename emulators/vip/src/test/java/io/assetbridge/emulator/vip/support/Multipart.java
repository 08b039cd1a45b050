package io.assetbridge.emulator.vip.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds multipart/form-data bodies by hand, so tests control boundary and part order. */
public final class Multipart {
  private final String boundary;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public Multipart(String boundary) {
    this.boundary = boundary;
  }

  public Multipart() {
    this("test-boundary-" + System.nanoTime());
  }

  public Multipart json(String name, String json) {
    return part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  public Multipart text(String name, String value) {
    return part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
  }

  public Multipart file(String name, String fileName, String contentType, byte[] bytes) {
    return part(name, fileName, contentType, bytes);
  }

  private Multipart part(String name, String fileName, String contentType, byte[] bytes) {
    StringBuilder head = new StringBuilder("--" + boundary + "\r\n");
    head.append("Content-Disposition: form-data; name=\"").append(name).append('"');
    if (fileName != null) {
      head.append("; filename=\"").append(fileName).append('"');
    }
    head.append("\r\n");
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    head.append("\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bytes);
    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  public byte[] bytes() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    copy.writeBytes(out.toByteArray());
    copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return copy.toByteArray();
  }
}
