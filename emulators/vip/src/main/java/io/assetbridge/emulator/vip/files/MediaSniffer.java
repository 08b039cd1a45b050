package io.assetbridge.emulator.vip.files;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** Names a file's media type from its first bytes, falling back to the declared type (§5). */
public final class MediaSniffer {
  private static final String FALLBACK = "application/octet-stream";

  private MediaSniffer() {}

  public static MediaFacts inspect(Path path, String declaredType) {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
      byte[] head = new byte[32];
      int read = Math.max(0, file.read(head));
      return sniff(Arrays.copyOf(head, read), file, declaredType);
    } catch (IOException | RuntimeException e) {
      return MediaFacts.of(fallback(declaredType));
    }
  }

  private static MediaFacts sniff(byte[] head, RandomAccessFile file, String declared)
      throws IOException {
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return MediaFacts.of("image/jpeg").withSize(ImageSize.jpeg(file));
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return MediaFacts.of("image/png").withSize(ImageSize.png(file));
    }
    if (ascii(head, 0, "GIF8")) {
      return MediaFacts.of("image/gif").withSize(ImageSize.gif(file));
    }
    if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
      return MediaFacts.of("image/webp").withSize(ImageSize.webp(file));
    }
    if (startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42)) {
      return MediaFacts.of("image/tiff").withSize(TiffSize.read(file));
    }
    if (ascii(head, 0, "BM") && head.length >= 26) {
      return MediaFacts.of("image/bmp").withSize(ImageSize.bmp(file));
    }
    return MediaFacts.of(nonImage(head, declared));
  }

  private static String nonImage(byte[] head, String declared) {
    if (ascii(head, 0, "%PDF-")) {
      return "application/pdf";
    }
    if (ascii(head, 4, "ftyp")) {
      return ascii(head, 8, "qt  ") ? "video/quicktime" : "video/mp4";
    }
    if (startsWith(head, 'P', 'K', 3, 4)) {
      return "application/zip";
    }
    return fallback(declared);
  }

  private static String fallback(String declared) {
    return declared == null || declared.isBlank() ? FALLBACK : declared.trim();
  }

  private static boolean startsWith(byte[] head, int... expected) {
    if (head.length < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((head[i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean ascii(byte[] head, int offset, String text) {
    byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
    return head.length >= offset + expected.length
        && Arrays.equals(head, offset, offset + expected.length, expected, 0, expected.length);
  }
}
