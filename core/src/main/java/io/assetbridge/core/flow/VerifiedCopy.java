package io.assetbridge.core.flow;

import io.assetbridge.spi.AssetContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * An inbound file copied to a temporary file while it is hashed and counted, so it can be checked
 * (size, checksum, that its bytes are what its type says) before anything is created from it,
 * without holding it in memory.
 */
final class VerifiedCopy implements AutoCloseable {
  private static final Map<String, byte[][]> MAGIC =
      Map.of(
          "image/jpeg", new byte[][] {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}},
          "image/png", new byte[][] {{(byte) 0x89, 'P', 'N', 'G'}},
          "image/tiff", new byte[][] {{'I', 'I', 42, 0}, {'M', 'M', 0, 42}});
  private final Path file;
  private final String fileName;
  private final String mediaType;
  private final long size;
  private final String problem;

  private VerifiedCopy(Path file, String fileName, String mediaType, long size, String problem) {
    this.file = file;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.size = size;
    this.problem = problem;
  }

  static VerifiedCopy of(
      AssetContent content, String mediaType, String expectedSha256, long maxBytes) {
    try {
      Path file = Files.createTempFile("assetbridge-ingest-", ".part");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] head = new byte[4];
      long size = 0;
      try (InputStream in = content.stream();
          OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
          if (size < 4) {
            System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(n, 4 - size));
          }
          size += n;
          if (size > maxBytes) {
            return new VerifiedCopy(
                file,
                content.fileName(),
                mediaType,
                size,
                "larger than the " + maxBytes + "-byte limit");
          }
          sha.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
      }
      String actual = HexFormat.of().formatHex(sha.digest());
      String problem =
          expectedSha256 != null && !expectedSha256.equalsIgnoreCase(actual)
              ? "checksum mismatch (declared " + expectedSha256 + ", received " + actual + ")"
              : !looksLike(mediaType, head)
                  ? "its bytes are not a " + mediaType + " file (corrupt or mislabelled)"
                  : null;
      return new VerifiedCopy(file, content.fileName(), mediaType, size, problem);
    } catch (IOException e) {
      throw new UncheckedIOException("copying an inbound file to a temporary file failed", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean looksLike(String mediaType, byte[] head) {
    byte[][] signatures = MAGIC.get(mediaType);
    if (signatures == null) {
      return true;
    }
    for (byte[] signature : signatures) {
      if (java.util.Arrays.equals(head, 0, signature.length, signature, 0, signature.length)) {
        return true;
      }
    }
    return false;
  }

  Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  AssetContent open() {
    try {
      return new AssetContent(Files.newInputStream(file), fileName, mediaType, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
