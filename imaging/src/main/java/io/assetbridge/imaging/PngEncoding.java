package io.assetbridge.imaging;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Writes PNG; metadata goes in iTXt chunks: XMP plus the PNG keywords Title, Author and so on. */
final class PngEncoding {
  private static final String FORMAT = "javax_imageio_png_1.0";

  private PngEncoding() {}

  static byte[] encode(BufferedImage image, EmbeddedMetadata metadata) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, chunks(writer, image, metadata)), null);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static IIOMetadata chunks(ImageWriter writer, BufferedImage image, EmbeddedMetadata m)
      throws IOException {
    IIOMetadata metadata =
        writer.getDefaultImageMetadata(
            new ImageTypeSpecifier(image), writer.getDefaultWriteParam());
    if (m.isEmpty()) {
      return metadata;
    }
    IIOMetadataNode texts = new IIOMetadataNode("iTXt");
    add(texts, "XML:com.adobe.xmp", XmpPacket.of(m));
    add(texts, "Title", m.title());
    add(texts, "Description", m.caption());
    add(texts, "Author", m.byline());
    add(texts, "Copyright", m.copyright());
    add(texts, "Source", m.credit());
    IIOMetadataNode root = new IIOMetadataNode(FORMAT);
    root.appendChild(texts);
    metadata.mergeTree(FORMAT, root);
    return metadata;
  }

  private static void add(IIOMetadataNode texts, String keyword, String text) {
    if (!EmbeddedMetadata.present(text)) {
      return;
    }
    IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
    entry.setAttribute("keyword", keyword);
    entry.setAttribute("compressionFlag", "FALSE");
    entry.setAttribute("compressionMethod", "0");
    entry.setAttribute("languageTag", "");
    entry.setAttribute("translatedKeyword", "");
    entry.setAttribute("text", text);
    texts.appendChild(entry);
  }
}
