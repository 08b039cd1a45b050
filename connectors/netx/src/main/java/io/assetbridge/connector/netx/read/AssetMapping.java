package io.assetbridge.connector.netx.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.netx.AttributeLabels;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetBuilder;
import io.assetbridge.spi.AssetStatus;
import io.assetbridge.spi.CollectionRef;
import io.assetbridge.spi.FileFacts;
import io.assetbridge.spi.Ref;
import io.assetbridge.spi.Rights;
import java.net.URLConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A NetX asset object → the canonical asset (netx.md §11). */
public final class AssetMapping {
  private final String connection;
  private final AttributeLabels labels;

  public AssetMapping(String connection, AttributeLabels labels) {
    this.connection = connection;
    this.labels = labels;
  }

  public Asset toAsset(JsonNode a) {
    Attributes attrs = new Attributes(a.path("attributes"));
    AssetBuilder b = Asset.builder(new Ref(connection, a.path("id").asText()));
    b.title(text(a, "name")).file(file(a.path("file"))).keywords(strings(a.path("keywords")));
    b.caption(attrs.first(labels.caption()))
        .credit(attrs.first(labels.credit()))
        .copyright(attrs.first(labels.copyright()));
    b.rights(rights(attrs)).status(status(attrs.first(labels.status())));
    b.externalKey(attrs.first(labels.externalKey())).collections(folders(a.path("folders")));
    tags(b, attrs);
    b.createdAt(instant(a.path("creationDate"))).modifiedAt(instant(a.path("modDate")));
    b.version(a.path("modDate").asText(null));
    b.field("id", a.path("id").asLong()).field("attributes", attrs.raw());
    return b.build();
  }

  private void tags(AssetBuilder b, Attributes attrs) {
    if (!attrs.values(labels.campaign()).isEmpty()) {
      b.tag("campaign", attrs.values(labels.campaign()));
    }
    if (!attrs.values(labels.category()).isEmpty()) {
      b.tag("category", attrs.values(labels.category()));
    }
    // every attribute no canonical field takes becomes a tag (DESIGN.md "The canonical asset")
    attrs
        .raw()
        .forEach(
            (label, values) -> {
              if (!labels.claims(label) && !values.isEmpty()) {
                b.tag(label.toLowerCase(Locale.ROOT).replace(' ', '_'), values);
              }
            });
  }

  private Rights rights(Attributes attrs) {
    return new Rights(
        attrs.first(labels.usageTerms()),
        AttributeDates.expiry(attrs.first(labels.expiry()), labels.expiry()),
        AttributeDates.embargo(attrs.first(labels.embargo()), labels.embargo()),
        attrs.values(labels.territories()),
        null,
        null);
  }

  static AssetStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    try {
      return AssetStatus.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      return null; // an option outside §7's five reads as unknown, never as a guess
    }
  }

  private static FileFacts file(JsonNode f) {
    if (f.isMissingNode() || f.isNull()) {
      return null;
    }
    String name = text(f, "name");
    String type = name == null ? null : URLConnection.guessContentTypeFromName(name);
    return new FileFacts(
        name,
        f.hasNonNull("size") ? f.get("size").asLong() : null,
        f.hasNonNull("width") ? f.get("width").asInt() : null,
        f.hasNonNull("height") ? f.get("height").asInt() : null,
        type,
        text(f, "checksum"),
        null);
  }

  private static List<CollectionRef> folders(JsonNode folders) {
    List<CollectionRef> out = new ArrayList<>();
    for (JsonNode f : folders) {
      String path = f.path("path").asText("");
      String name = path.substring(path.lastIndexOf('/') + 1);
      out.add(new CollectionRef(f.path("id").asText(), name, path));
    }
    return out;
  }

  static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static Instant instant(JsonNode ms) {
    return ms.canConvertToLong() ? Instant.ofEpochMilli(ms.asLong()) : null;
  }
}
