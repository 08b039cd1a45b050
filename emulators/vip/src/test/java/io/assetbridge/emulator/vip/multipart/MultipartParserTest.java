package io.assetbridge.emulator.vip.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.emulator.vip.files.FileVault;
import io.assetbridge.emulator.vip.http.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MultipartParserTest {
  private final FileVault vault = FileVault.create();

  @AfterEach
  void close() {
    vault.close();
  }

  /** Hands out one byte per read, so every boundary straddles a buffer fill. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  private static byte[] body(byte[] file) {
    String head =
        "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
            + "Content-Type: application/json\r\n\r\n{\"title\":\"t\"}\r\n--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a \\\"b\\\".bin\"\r\n\r\n";
    byte[] tail = "\r\n--XyZ--\r\nepilogue".getBytes(StandardCharsets.UTF_8);
    byte[] start = head.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[start.length + file.length + tail.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(file, 0, all, start.length, file.length);
    System.arraycopy(tail, 0, all, start.length + file.length, tail.length);
    return all;
  }

  @Test
  void readsPartsAcrossTinyReadsAndNearBoundaryBytes() throws Exception {
    byte[] file = "x\r\n--XyYabc\r\n--Xy".getBytes(StandardCharsets.UTF_8);

    try (MultipartBody parsed =
        MultipartParser.parse(
            trickle(body(file)), "multipart/form-data; boundary=XyZ", 1000, vault)) {
      assertThat(parsed.part("metadata").value()).isEqualTo("{\"title\":\"t\"}");
      Part part = parsed.part("file");
      assertThat(part.fileName()).isEqualTo("a \"b\".bin");
      assertThat(Files.readAllBytes(part.upload().path())).isEqualTo(file);
      assertThat(part.upload().size()).isEqualTo(file.length);
    }
  }

  @Test
  void streamsLargeFilesThroughTheBuffer() throws Exception {
    byte[] file = new byte[3_000_000];
    new Random(3).nextBytes(file);

    try (MultipartBody parsed =
        MultipartParser.parse(
            new ByteArrayInputStream(body(file)),
            "multipart/form-data; boundary=\"XyZ\"",
            5_000_000,
            vault)) {
      assertThat(Files.readAllBytes(parsed.part("file").upload().path())).isEqualTo(file);
    }
  }

  @Test
  void rejectsTruncatedBodiesAndMissingBoundaries() {
    byte[] truncated =
        "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                MultipartParser.parse(
                    new ByteArrayInputStream(truncated),
                    "multipart/form-data; boundary=XyZ",
                    10,
                    vault))
        .isInstanceOf(Problem.class);
    assertThatThrownBy(
            () ->
                MultipartParser.parse(
                    new ByteArrayInputStream(truncated), "multipart/form-data", 10, vault))
        .isInstanceOf(Problem.class);
  }

  @Test
  void filesOverTheLimitAreTooLargeAndDeleted() throws Exception {
    assertThatThrownBy(
            () ->
                MultipartParser.parse(
                    new ByteArrayInputStream(body(new byte[50])),
                    "multipart/form-data; boundary=XyZ",
                    49,
                    vault))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(413));
  }
}
