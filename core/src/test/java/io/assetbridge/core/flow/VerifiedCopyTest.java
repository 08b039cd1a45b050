package io.assetbridge.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.AssetContent;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class VerifiedCopyTest {
  private static final byte[] JPEG = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4
  };

  private static AssetContent content(byte[] bytes) {
    return new AssetContent(new ByteArrayInputStream(bytes), "a.jpg", "image/jpeg", bytes.length);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aGoodFilePassesAndReadsBackUnchanged() throws Exception {
    try (var copy = VerifiedCopy.of(content(JPEG), "image/jpeg", sha256(JPEG), 100)) {
      assertThat(copy.problem()).isEmpty();
      try (var again = copy.open()) {
        assertThat(again.stream().readAllBytes()).isEqualTo(JPEG);
        assertThat(again.length()).isEqualTo(JPEG.length);
      }
    }
  }

  @Test
  void checksumSizeAndMislabelledBytesAreEachNamed() throws Exception {
    try (var copy = VerifiedCopy.of(content(JPEG), "image/jpeg", sha256(new byte[] {1}), 100)) {
      assertThat(copy.problem()).get().asString().startsWith("checksum mismatch (declared ");
    }
    try (var copy = VerifiedCopy.of(content(JPEG), "image/jpeg", null, 4)) {
      assertThat(copy.problem()).contains("larger than the 4-byte limit");
    }
    byte[] text = "plain text, not a picture".getBytes();
    try (var copy = VerifiedCopy.of(content(text), "image/png", sha256(text), 100)) {
      assertThat(copy.problem())
          .contains("its bytes are not a image/png file (corrupt or mislabelled)");
    }
  }
}
