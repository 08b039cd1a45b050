package io.assetbridge.connector.vip;

import io.assetbridge.spi.AssetContent;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Deterministic bytes made while they are read, so a test can send megabytes it never holds. */
final class GeneratedContent extends InputStream {
  private final long size;
  private long position;

  private GeneratedContent(long size) {
    this.size = size;
  }

  static AssetContent of(String fileName, long size) {
    return new AssetContent(new GeneratedContent(size), fileName, "application/octet-stream", size);
  }

  static String sha256(long size) throws Exception {
    return sha256(new GeneratedContent(size));
  }

  static String sha256(InputStream stream) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[8192];
    for (int n; (n = stream.read(buffer)) > 0; ) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public int read() {
    return position < size ? (int) ((position++ * 31 + 7) % 251) : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (position >= size) {
      return -1;
    }
    int n = (int) Math.min(length, size - position);
    for (int i = 0; i < n; i++) {
      buffer[offset + i] = (byte) read();
    }
    return n;
  }
}
