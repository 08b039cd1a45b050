package io.assetbridge.emulator.vip.multipart;

import io.assetbridge.emulator.vip.files.FileVault;
import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.http.ProblemType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A streaming multipart/form-data reader: file parts go straight to disk with their sha256, so
 * uploads never sit in memory; text parts are capped.
 */
public final class MultipartParser {
  private static final int MAX_TEXT_BYTES = 1 << 20;
  private static final int MAX_PARTS = 32;
  private final BoundaryScanner scanner;
  private final long maxFileBytes;
  private final FileVault vault;

  private MultipartParser(BoundaryScanner scanner, long maxFileBytes, FileVault vault) {
    this.scanner = scanner;
    this.maxFileBytes = maxFileBytes;
    this.vault = vault;
  }

  public static MultipartBody parse(
      InputStream in, String contentType, long maxFileBytes, FileVault vault) throws IOException {
    String boundary = HeaderParams.parse(contentType).get("boundary");
    if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
      throw Problem.invalid("multipart Content-Type needs a boundary parameter");
    }
    BoundaryScanner scanner = new BoundaryScanner(in, boundary);
    Map<String, Part> parts = new LinkedHashMap<>();
    try {
      new MultipartParser(scanner, maxFileBytes, vault).readAll(parts);
      return new MultipartBody(parts, vault);
    } catch (IOException | RuntimeException e) {
      new MultipartBody(parts, vault).close();
      throw e;
    }
  }

  private void readAll(Map<String, Part> parts) throws IOException {
    scanner.skipToDelimiter();
    while (scanner.nextPartFollows()) {
      Map<String, String> headers = scanner.readHeaders();
      Part part = readPart(headers);
      if (parts.putIfAbsent(part.name(), part) != null) {
        if (part.isFile()) {
          vault.delete(part.upload().path());
        }
        throw Problem.invalid("multipart part '" + part.name() + "' appears twice");
      }
      if (parts.size() > MAX_PARTS) {
        throw Problem.invalid("multipart body has more than " + MAX_PARTS + " parts");
      }
    }
  }

  private Part readPart(Map<String, String> headers) throws IOException {
    String disposition = headers.get("content-disposition");
    if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
      throw Problem.invalid("each multipart part needs Content-Disposition: form-data");
    }
    Map<String, String> params = HeaderParams.parse(disposition);
    String name = params.get("name");
    if (name == null) {
      throw Problem.invalid("a multipart part has no name");
    }
    String fileName = params.get("filename");
    String contentType = headers.get("content-type");
    if (fileName == null) {
      return new Part(name, null, contentType, readText(name), null);
    }
    return new Part(name, fileName, contentType, null, readFile());
  }

  private byte[] readText(String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    scanner.copyToDelimiter(bytes, MAX_TEXT_BYTES);
    if (bytes.size() > MAX_TEXT_BYTES) {
      throw Problem.invalid("multipart part '" + name + "' is over 1 MiB");
    }
    return bytes.toByteArray();
  }

  private Upload readFile() throws IOException {
    Path path = vault.newFile();
    MessageDigest sha = sha256();
    long size;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), sha)) {
      size = scanner.copyToDelimiter(out, maxFileBytes);
    } catch (IOException | RuntimeException e) {
      vault.delete(path);
      throw e;
    }
    if (size > maxFileBytes) {
      vault.delete(path);
      throw new Problem(
          ProblemType.TOO_LARGE, "a file may have at most " + maxFileBytes + " bytes");
    }
    return new Upload(path, size, HexFormat.of().formatHex(sha.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
