package io.assetbridge.emulator.photoshelter.imaging;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Draws distinct, deterministic pictures: a gradient sky with a few shapes. */
public final class PictureRenderer {

  private PictureRenderer() {}

  /** A real JPEG of {@code width}×{@code height}, the same for the same {@code random} state. */
  public static byte[] jpeg(int width, int height, Random random) {
    return BlockJpegEncoder.encode(
        blocks((width + 7) / 8, (height + 7) / 8, random), width, height);
  }

  private static BufferedImage blocks(int w, int h, Random random) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, color(random), w, h, color(random)));
    g.fillRect(0, 0, w, h);
    int shapes = 3 + random.nextInt(5);
    for (int i = 0; i < shapes; i++) {
      g.setColor(color(random));
      int x = random.nextInt(w);
      int y = random.nextInt(h);
      int sw = 4 + random.nextInt(Math.max(1, w / 3));
      int sh = 4 + random.nextInt(Math.max(1, h / 3));
      if (random.nextBoolean()) {
        g.fillOval(x - sw / 2, y - sh / 2, sw, sh);
      } else {
        g.fillRect(x - sw / 2, y - sh / 2, sw, sh);
      }
    }
    g.dispose();
    return image;
  }

  private static Color color(Random random) {
    return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
  }
}
