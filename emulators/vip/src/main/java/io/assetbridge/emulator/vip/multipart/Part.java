package io.assetbridge.emulator.vip.multipart;

import java.nio.charset.StandardCharsets;

/** One part: a text value in memory, or a file ({@code filename} given) on disk. */
public record Part(String name, String fileName, String contentType, byte[] text, Upload upload) {

  public boolean isFile() {
    return upload != null;
  }

  public String value() {
    return text == null ? null : new String(text, StandardCharsets.UTF_8);
  }
}
