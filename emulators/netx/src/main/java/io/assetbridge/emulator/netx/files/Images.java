package io.assetbridge.emulator.netx.files;

import io.assetbridge.emulator.netx.state.StoredFile;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/** Real JPEG bytes: rendered for seeds, measured on import, scaled for proxies. */
public final class Images {

  private Images() {}

  /** A baseline JPEG whose colours depend only on {@code seed}, so reruns give the same bytes. */
  public static byte[] render(String seed, int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    int h = seed.hashCode();
    g.setColor(new Color(h & 0xFFFFFF));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color((h >>> 8) ^ 0x5A5A5A));
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    return jpeg(img);
  }

  /** Stores bytes with their MD5 and, when they decode as an image, their size in pixels. */
  public static StoredFile stored(String name, byte[] bytes) {
    BufferedImage img = decode(bytes);
    int w = img == null ? 0 : img.getWidth();
    int h = img == null ? 0 : img.getHeight();
    return new StoredFile(name, bytes, md5(bytes), w, h);
  }

  /** A JPEG whose longest edge is at most {@code edge}; non-images come back unchanged. */
  public static byte[] scaled(byte[] original, int edge) {
    BufferedImage img = decode(original);
    if (img == null) {
      return original;
    }
    double f = Math.min(1.0, (double) edge / Math.max(img.getWidth(), img.getHeight()));
    int w = Math.max(1, (int) Math.round(img.getWidth() * f));
    int h = Math.max(1, (int) Math.round(img.getHeight() * f));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(img, 0, 0, w, h, null);
    g.dispose();
    return jpeg(out);
  }

  static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      return null; // not an image the JDK can read: treated as an opaque file
    }
  }

  private static byte[] jpeg(BufferedImage img) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
