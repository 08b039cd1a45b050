package io.assetbridge.emulator.photoshelter.imaging;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Downscaled JPEG renditions ({@code fit=WxH}, {@code fill=WxH}) with a small LRU cache. */
public final class Renditions {

  private record Key(byte[] original, RenditionSpec spec) {}

  private final Map<Key, byte[]> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
          return size() > 64;
        }
      };

  public byte[] render(byte[] original, int width, int height, RenditionSpec spec)
      throws IOException {
    Key key = new Key(original, spec);
    synchronized (cache) {
      byte[] hit = cache.get(key);
      if (hit != null) {
        return hit;
      }
    }
    byte[] rendered = scale(original, width, height, spec);
    synchronized (cache) {
      cache.put(key, rendered);
    }
    return rendered;
  }

  private static byte[] scale(byte[] original, int width, int height, RenditionSpec spec)
      throws IOException {
    double scale = spec.scale(width, height);
    BufferedImage source = decode(original, Math.max(1, (int) (1 / scale / 2)));
    int targetW = spec.outputWidth(width, scale);
    int targetH = spec.outputHeight(height, scale);
    int drawW = (int) Math.round(width * scale);
    int drawH = (int) Math.round(height * scale);
    BufferedImage target = new BufferedImage(targetW, targetH, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(source, (targetW - drawW) / 2, (targetH - drawH) / 2, drawW, drawH, null);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(target, "jpg", out);
    return out.toByteArray();
  }

  private static BufferedImage decode(byte[] original, int subsampling) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("not a readable image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
  }
}
