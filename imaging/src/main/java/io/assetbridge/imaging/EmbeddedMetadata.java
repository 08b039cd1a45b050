package io.assetbridge.imaging;

import java.util.List;
import java.util.stream.Stream;

/**
 * Descriptive metadata written into a rendition when its spec keeps metadata: IPTC IIM and XMP in
 * JPEG, XMP and text chunks in PNG. Any field may be null.
 */
public record EmbeddedMetadata(
    String title,
    String caption,
    String credit,
    String copyright,
    String byline,
    List<String> keywords) {

  public static final EmbeddedMetadata NONE =
      new EmbeddedMetadata(null, null, null, null, null, List.of());

  public EmbeddedMetadata {
    keywords =
        keywords == null ? List.of() : keywords.stream().filter(EmbeddedMetadata::present).toList();
  }

  public boolean isEmpty() {
    return keywords.isEmpty()
        && Stream.of(title, caption, credit, copyright, byline)
            .noneMatch(EmbeddedMetadata::present);
  }

  static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
