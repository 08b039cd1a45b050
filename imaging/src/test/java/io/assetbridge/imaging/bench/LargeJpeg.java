package io.assetbridge.imaging.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a photo-like JPEG (gradients, rings and grain, so it compresses like a photo rather than a
 * flat fill). Holds the whole raster (3 bytes a pixel): its own memory is not what the bench
 * measures, the bench collects it before measuring.
 */
final class LargeJpeg {
  private LargeJpeg() {}

  static void write(Path file, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    paint(((DataBufferByte) image.getRaster().getDataBuffer()).getData(), width, height);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.9f);
    try (OutputStream stream = Files.newOutputStream(file);
        ImageOutputStream out = ImageIO.createImageOutputStream(stream)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }

  private static void paint(byte[] bgr, int width, int height) {
    SplittableRandom grain = new SplittableRandom(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = (y * width + x) * 3;
        double dx = x - width / 2.0;
        double dy = y - height / 2.0;
        int ring = (int) (40 * Math.sin(Math.sqrt(dx * dx + dy * dy) / 60.0));
        int noise = grain.nextInt(24) - 12;
        bgr[i] = clamp(255 * x / width + ring + noise);
        bgr[i + 1] = clamp(255 * y / height - ring + noise);
        bgr[i + 2] = clamp(128 + ring + noise);
      }
    }
  }

  private static byte clamp(int value) {
    return (byte) Math.clamp(value, 0, 255);
  }
}
