package io.assetbridge.imaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcType;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/** Writes baseline JPEG; embeds IPTC IIM (APP13) and XMP (APP1) with commons-imaging. */
final class JpegEncoding {
  private JpegEncoding() {}

  static byte[] encode(BufferedImage picture, int quality, EmbeddedMetadata metadata)
      throws IOException {
    byte[] plain = compress(withoutAlpha(picture), quality);
    if (metadata.isEmpty()) {
      return plain;
    }
    return withXmp(withIptc(plain, metadata), XmpPacket.of(metadata));
  }

  /** JPEG has no alpha: transparent areas become white, as they show on a white page. */
  private static BufferedImage withoutAlpha(BufferedImage picture) {
    if (!picture.getColorModel().hasAlpha()) {
      return picture;
    }
    BufferedImage flat =
        new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = flat.createGraphics();
    try {
      g.drawImage(picture, 0, 0, Color.WHITE, null);
    } finally {
      g.dispose();
    }
    return flat;
  }

  private static byte[] compress(BufferedImage rgb, int quality) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality / 100f);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(rgb, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static byte[] withIptc(byte[] jpeg, EmbeddedMetadata m) throws IOException {
    List<IptcRecord> records = new ArrayList<>();
    add(records, IptcTypes.OBJECT_NAME, m.title());
    add(records, IptcTypes.CAPTION_ABSTRACT, m.caption());
    add(records, IptcTypes.CREDIT, m.credit());
    add(records, IptcTypes.COPYRIGHT_NOTICE, m.copyright());
    add(records, IptcTypes.BYLINE, m.byline());
    m.keywords().forEach(k -> add(records, IptcTypes.KEYWORDS, k));
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 4096);
    // UTF-8 (declared by record 1:90) so captions in any script survive
    new JpegIptcRewriter().writeIptc(jpeg, out, new PhotoshopApp13Data(records, List.of(), true));
    return out.toByteArray();
  }

  private static byte[] withXmp(byte[] jpeg, String xmp) throws IOException, ImagingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 4096);
    new JpegXmpRewriter().updateXmpXml(jpeg, out, xmp);
    return out.toByteArray();
  }

  private static void add(List<IptcRecord> records, IptcType type, String value) {
    if (EmbeddedMetadata.present(value)) {
      records.add(new IptcRecord(type, value));
    }
  }
}
