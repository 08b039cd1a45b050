package io.assetbridge.emulator.photoshelter.imaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/** Embeds usage terms as XMP {@code xmpRights:UsageTerms}, the only place IPTC rights fit. */
final class XmpRights {

  private XmpRights() {}

  static byte[] embed(byte[] jpeg, String usageTerms) throws IOException {
    if (usageTerms.isEmpty()) {
      return jpeg;
    }
    String xml =
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
            + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description"
            + " rdf:about=\"\" xmlns:xmpRights=\"http://ns.adobe.com/xap/1.0/rights/\">"
            + "<xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang=\"x-default\">"
            + escape(usageTerms)
            + "</rdf:li></rdf:Alt></xmpRights:UsageTerms></rdf:Description></rdf:RDF></x:xmpmeta>";
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + xml.length() + 64);
    try {
      new JpegXmpRewriter().updateXmpXml(jpeg, out, xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
