package io.assetbridge.imaging;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Output formats a rendition can be written in. WebP is absent on purpose: no maintained pure-Java
 * WebP writer exists on Maven Central (the available writers wrap native libwebp).
 */
public enum ImageFormat {
  JPEG("image/jpeg", ".jpg"),
  PNG("image/png", ".png");

  private final String mediaType;
  private final String extension;

  ImageFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** File name extension including the dot, e.g. ".jpg". */
  public String extension() {
    return extension;
  }

  /** Parses a config value such as "jpeg", "jpg" or "png" (any case). */
  public static ImageFormat parse(String name) {
    String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "jpeg", "jpg" -> JPEG;
      case "png" -> PNG;
      case "webp" ->
          throw new IllegalArgumentException(
              "rendition format webp is not supported (no maintained pure-Java WebP writer);"
                  + " supported formats: "
                  + supported());
      default ->
          throw new IllegalArgumentException(
              "unknown rendition format '" + name + "'; supported formats: " + supported());
    };
  }

  private static String supported() {
    return Arrays.stream(values())
        .map(f -> f.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
