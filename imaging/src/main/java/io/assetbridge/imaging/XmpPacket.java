package io.assetbridge.imaging;

import java.util.List;

/** Builds the XMP packet (Dublin Core + Photoshop schema) that mirrors the IPTC fields. */
final class XmpPacket {
  private XmpPacket() {}

  static String of(EmbeddedMetadata m) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("<rdf:Description rdf:about=\"\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\">\n");
    alt(xml, "dc:title", m.title());
    alt(xml, "dc:description", m.caption());
    alt(xml, "dc:rights", m.copyright());
    list(xml, "dc:creator", "rdf:Seq", m.byline() == null ? List.of() : List.of(m.byline()));
    list(xml, "dc:subject", "rdf:Bag", m.keywords());
    if (EmbeddedMetadata.present(m.credit())) {
      xml.append("<photoshop:Credit>").append(escape(m.credit())).append("</photoshop:Credit>\n");
    }
    return xml.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
        .toString();
  }

  private static void alt(StringBuilder xml, String tag, String value) {
    if (EmbeddedMetadata.present(value)) {
      xml.append('<')
          .append(tag)
          .append("><rdf:Alt><rdf:li xml:lang=\"x-default\">")
          .append(escape(value))
          .append("</rdf:li></rdf:Alt></")
          .append(tag)
          .append(">\n");
    }
  }

  private static void list(StringBuilder xml, String tag, String kind, List<String> values) {
    List<String> present = values.stream().filter(EmbeddedMetadata::present).toList();
    if (present.isEmpty()) {
      return;
    }
    xml.append('<').append(tag).append("><").append(kind).append('>');
    present.forEach(v -> xml.append("<rdf:li>").append(escape(v)).append("</rdf:li>"));
    xml.append("</").append(kind).append("></").append(tag).append(">\n");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
