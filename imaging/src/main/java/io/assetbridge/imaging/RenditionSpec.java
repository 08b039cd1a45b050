package io.assetbridge.imaging;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named rendition, e.g. {@code web-2048}.
 *
 * @param name used in the output file name; letters, digits, '.', '_' and '-' only
 * @param width box width in pixels, > 0
 * @param height box height in pixels, > 0
 * @param fit how the box is filled
 * @param focalX horizontal focal point 0..1 used by {@link Fit#COVER}; null means the centre
 * @param focalY vertical focal point 0..1 used by {@link Fit#COVER}; null means the centre
 * @param format output format
 * @param quality 1..100; JPEG quality (PNG is lossless and ignores it)
 * @param keepMetadata embed the given {@link EmbeddedMetadata}; false strips all metadata
 */
public record RenditionSpec(
    String name,
    int width,
    int height,
    Fit fit,
    Double focalX,
    Double focalY,
    ImageFormat format,
    int quality,
    boolean keepMetadata) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
  private static final int MAX_SIDE = 65_500; // JPEG's limit; anything larger is a config mistake

  public RenditionSpec {
    Objects.requireNonNull(name, "rendition name is required");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "rendition name '" + name + "' may only contain letters, digits, '.', '_' and '-'");
    }
    requireSide(name, "width", width);
    requireSide(name, "height", height);
    Objects.requireNonNull(fit, () -> "rendition " + name + ": fit is required");
    Objects.requireNonNull(format, () -> "rendition " + name + ": format is required");
    requireFraction(name, "focalX", focalX);
    requireFraction(name, "focalY", focalY);
    if (quality < 1 || quality > 100) {
      throw new IllegalArgumentException(
          "rendition " + name + ": quality must be 1..100, was " + quality);
    }
  }

  /** A centred rendition without focal point. */
  public static RenditionSpec of(
      String name, int width, int height, Fit fit, ImageFormat format, int quality) {
    return new RenditionSpec(name, width, height, fit, null, null, format, quality, false);
  }

  public RenditionSpec withFocalPoint(double x, double y) {
    return new RenditionSpec(name, width, height, fit, x, y, format, quality, keepMetadata);
  }

  public RenditionSpec withKeepMetadata(boolean keep) {
    return new RenditionSpec(name, width, height, fit, focalX, focalY, format, quality, keep);
  }

  private static void requireSide(String name, String what, int value) {
    if (value < 1 || value > MAX_SIDE) {
      throw new IllegalArgumentException(
          "rendition " + name + ": " + what + " must be 1.." + MAX_SIDE + ", was " + value);
    }
  }

  private static void requireFraction(String name, String what, Double value) {
    if (value != null && !(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(
          "rendition " + name + ": " + what + " must be between 0 and 1, was " + value);
    }
  }
}
