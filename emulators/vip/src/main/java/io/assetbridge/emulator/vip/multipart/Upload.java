package io.assetbridge.emulator.vip.multipart;

import java.nio.file.Path;

/** A file part written to a temporary file, with its size and sha256 taken while streaming. */
public final class Upload {
  private final Path path;
  private final long size;
  private final String sha256;
  private boolean claimed;

  Upload(Path path, long size, String sha256) {
    this.path = path;
    this.size = size;
    this.sha256 = sha256;
  }

  public Path path() {
    return path;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  /** Hands the file to its new owner so the request's clean-up keeps it. */
  public Path claim() {
    claimed = true;
    return path;
  }

  boolean claimed() {
    return claimed;
  }
}
