package io.assetbridge.emulator.photoshelter.imaging;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendition request: {@code fit} keeps the aspect inside the box (never enlarging); {@code fill}
 * covers the box and crops to exactly its size. A width of 0 ({@code xH}) leaves width free.
 */
public record RenditionSpec(String mode, int width, int height) {

  private static final Pattern SIZE = Pattern.compile("(\\d*)x(\\d+)");

  /** Parses mode and {@code WxH} or {@code xH}; empty when malformed. */
  public static Optional<RenditionSpec> of(String mode, String size) {
    Matcher m = SIZE.matcher(size == null ? "" : size);
    if (!("fit".equals(mode) || "fill".equals(mode)) || !m.matches()) {
      return Optional.empty();
    }
    int w = m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1));
    int h = Integer.parseInt(m.group(2));
    if (h < 1 || h > 10000 || w > 10000 || (m.group(1).length() > 0 && w < 1)) {
      return Optional.empty();
    }
    return Optional.of(new RenditionSpec(mode, w, h));
  }

  /** Parses the CDN path form {@code fit=1024x1024}. */
  public static Optional<RenditionSpec> ofPath(String text) {
    int eq = text.indexOf('=');
    return eq < 0 ? Optional.empty() : of(text.substring(0, eq), text.substring(eq + 1));
  }

  public String pathForm() {
    return mode + "=" + (width == 0 ? "" : width) + "x" + height;
  }

  boolean fills() {
    return mode.equals("fill") && width > 0;
  }

  double scale(int sourceW, int sourceH) {
    double byHeight = (double) height / sourceH;
    double byWidth = width == 0 ? byHeight : (double) width / sourceW;
    return fills() ? Math.max(byWidth, byHeight) : Math.min(1.0, Math.min(byWidth, byHeight));
  }

  int outputWidth(int sourceW, double scale) {
    return fills() ? width : Math.max(1, (int) Math.round(sourceW * scale));
  }

  int outputHeight(int sourceH, double scale) {
    return fills() ? height : Math.max(1, (int) Math.round(sourceH * scale));
  }
}
