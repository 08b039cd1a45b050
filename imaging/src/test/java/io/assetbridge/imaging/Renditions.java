package io.assetbridge.imaging;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Runs the real {@link RenditionMaker} over in-memory bytes and decodes what it wrote. */
record Renditions(RenditionResult result, byte[] bytes) {

  static Renditions render(byte[] master, String name, RenditionSpec spec) {
    return render(master, name, spec, EmbeddedMetadata.NONE);
  }

  static Renditions render(
      byte[] master, String name, RenditionSpec spec, EmbeddedMetadata metadata) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenditionResult result =
        new RenditionMaker().render(new ByteArrayInputStream(master), name, spec, metadata, out);
    return new Renditions(result, out.toByteArray());
  }

  BufferedImage picture() {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
