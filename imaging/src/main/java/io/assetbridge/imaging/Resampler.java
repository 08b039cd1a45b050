package io.assetbridge.imaging;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * High-quality resize by progressive halving: each bilinear halving is an exact 2×2 average, so a
 * large reduction never skips pixels; the last step (under 2×) is bicubic.
 */
final class Resampler {
  private Resampler() {}

  /** Returns an sRGB working image (int RGB or ARGB) of exactly {@code size}. */
  static BufferedImage resize(BufferedImage source, Dimension size) {
    BufferedImage current = source;
    while (current.getWidth() >= 2 * size.width || current.getHeight() >= 2 * size.height) {
      int w = Math.max(size.width, current.getWidth() / 2);
      int h = Math.max(size.height, current.getHeight() / 2);
      current = draw(current, w, h, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }
    if (isWorkingImage(current, size)) {
      return current;
    }
    return draw(current, size.width, size.height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
  }

  private static boolean isWorkingImage(BufferedImage image, Dimension size) {
    int type = image.getType();
    return image.getWidth() == size.width
        && image.getHeight() == size.height
        && (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB);
  }

  private static BufferedImage draw(BufferedImage source, int w, int h, Object interpolation) {
    BufferedImage target = SrgbConversion.blank(source, w, h);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return target;
  }
}
