package io.assetbridge.imaging;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.function.IntPredicate;

/** Colour checks that tolerate JPEG's small errors. */
final class Pixels {
  private static final int TOLERANCE = 24;

  private Pixels() {}

  /** The nearest of a few named colours, so assertions read as colours, not numbers. */
  static Color at(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    for (Color c : new Color[] {Color.RED, Color.BLUE, Color.GREEN, Color.WHITE, Color.BLACK}) {
      if (close(rgb, c.getRGB())) {
        return c;
      }
    }
    return new Color(rgb, true);
  }

  static boolean isReddish(int rgb) {
    return red(rgb) > 180 && green(rgb) < 80 && blue(rgb) < 80;
  }

  static boolean isBluish(int rgb) {
    return blue(rgb) > 180 && red(rgb) < 80 && green(rgb) < 80;
  }

  static long count(BufferedImage image, IntPredicate test) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        n += test.test(image.getRGB(x, y)) ? 1 : 0;
      }
    }
    return n;
  }

  static int red(int rgb) {
    return (rgb >> 16) & 0xff;
  }

  static int green(int rgb) {
    return (rgb >> 8) & 0xff;
  }

  static int blue(int rgb) {
    return rgb & 0xff;
  }

  private static boolean close(int a, int b) {
    return Math.abs(red(a) - red(b)) <= TOLERANCE
        && Math.abs(green(a) - green(b)) <= TOLERANCE
        && Math.abs(blue(a) - blue(b)) <= TOLERANCE
        && ((a >>> 24) == 0xff) == ((b >>> 24) == 0xff);
  }
}
