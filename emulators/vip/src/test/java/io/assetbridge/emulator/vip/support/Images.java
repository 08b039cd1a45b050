package io.assetbridge.emulator.vip.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real image bytes for uploads. */
public final class Images {
  private Images() {}

  public static byte[] jpeg(int width, int height) {
    return encode("jpeg", width, height);
  }

  public static byte[] png(int width, int height) {
    return encode("png", width, height);
  }

  public static byte[] gif(int width, int height) {
    return encode("gif", width, height);
  }

  private static byte[] encode(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      image.setRGB(x, x % height, 0x336699 + x);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
