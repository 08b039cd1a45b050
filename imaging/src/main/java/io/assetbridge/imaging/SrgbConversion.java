package io.assetbridge.imaging;

import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;

/**
 * Brings decoded pixels into sRGB. The TwelveMonkeys JPEG reader already converts CMYK, YCCK and
 * ICC-tagged JPEGs; this covers TIFF and PNG with embedded profiles, CMYK TIFF and 16-bit data.
 */
final class SrgbConversion {
  private SrgbConversion() {}

  static BufferedImage toSrgb(BufferedImage decoded) {
    if (isPlainSrgb(decoded)) {
      return decoded;
    }
    ColorSpace space = decoded.getColorModel().getColorSpace();
    BufferedImage target = blank(decoded, decoded.getWidth(), decoded.getHeight());
    if (space.isCS_sRGB() || space.getType() == ColorSpace.TYPE_GRAY) {
      drawOnto(target, decoded); // grey is taken as gamma-encoded, as every viewer shows it
    } else {
      new ColorConvertOp(null).filter(decoded, target);
    }
    return target;
  }

  /** The sRGB working image Java2D scales fastest: packed int RGB, or ARGB when there is alpha. */
  static BufferedImage blank(BufferedImage like, int width, int height) {
    boolean alpha = like.getColorModel().hasAlpha();
    return new BufferedImage(
        width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
  }

  /** Standard Java2D types are blitted by native loops; TYPE_CUSTOM would go pixel by pixel. */
  private static boolean isPlainSrgb(BufferedImage image) {
    ColorSpace space = image.getColorModel().getColorSpace();
    return image.getType() != BufferedImage.TYPE_CUSTOM
        && (space.isCS_sRGB() || space.getType() == ColorSpace.TYPE_GRAY);
  }

  private static void drawOnto(BufferedImage target, BufferedImage source) {
    Graphics2D g = target.createGraphics();
    try {
      g.drawImage(source, 0, 0, null);
    } finally {
      g.dispose();
    }
  }
}
