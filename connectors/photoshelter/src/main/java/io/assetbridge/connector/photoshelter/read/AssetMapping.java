package io.assetbridge.connector.photoshelter.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.connector.photoshelter.approval.ApprovalRule;
import io.assetbridge.connector.photoshelter.client.PsTime;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetBuilder;
import io.assetbridge.spi.FileFacts;
import io.assetbridge.spi.Ref;
import io.assetbridge.spi.Rights;
import java.net.URLConnection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** The §10 field map from an {@link ImageRecord} to the canonical asset. */
public record AssetMapping(ApprovalRule approval, TagSources tags) {

  public Asset toAsset(Ref ref, ImageRecord r, ZoneId zone) {
    Instant modified = PsTime.parseLenient(r.text("updated_at"), zone);
    AssetBuilder b =
        Asset.builder(ref)
            .file(fileFacts(r))
            .title(r.iptcText("title"))
            .caption(r.iptcText("caption"))
            .headline(r.iptcText("headline"))
            .byline(r.iptcText("author"))
            .credit(r.iptcText("credit"))
            .copyright(r.iptcText("copyright"))
            .source(r.iptcText("source"))
            .keywords(Keywords.split(r.iptcText("keyword")))
            .rights(rights(r, zone))
            .status(approval.statusOf(r.facts()))
            .rating(r.rating())
            .collections(r.galleryRefs())
            .externalKey(r.iptcText("trans_ref"))
            .createdAt(PsTime.parseLenient(r.text("uploaded_at"), zone))
            .modifiedAt(modified)
            .capturedAt(PsTime.parseLenient(r.iptcText("sdate"), ZoneId.of("UTC")))
            .version(modified == null ? null : modified.toString());
    tags.read(r.custom(), r.iptc()).forEach(b::tag);
    rawFields(b, r);
    return b.build();
  }

  private static FileFacts fileFacts(ImageRecord r) {
    return new FileFacts(
        r.text("file_name"),
        number(r.text("file_size")),
        integer(r.text("width")),
        integer(r.text("height")),
        r.text("file_name") == null
            ? null
            : URLConnection.guessContentTypeFromName(r.text("file_name")),
        null,
        null);
  }

  private static Rights rights(ImageRecord r, ZoneId zone) {
    return new Rights(
        r.iptcText("rights"),
        PsTime.parseLenient(r.licenseEnd(), zone),
        EmbargoInstructions.until(r.iptcText("instructions")),
        EmbargoInstructions.territories(r.iptcText("instructions")),
        flag(r.text("model_released")),
        flag(r.text("property_released")));
  }

  /** Every raw field: image keys as they are, {@code iptc.<key>}, {@code custom.<Field Name>}. */
  private static void rawFields(AssetBuilder b, ImageRecord r) {
    r.image().properties().forEach(e -> put(b, e.getKey(), e.getValue()));
    r.iptc().properties().forEach(e -> put(b, "iptc." + e.getKey(), e.getValue()));
    for (Map.Entry<String, String> e : r.custom().entrySet()) {
      b.field("custom." + e.getKey(), e.getValue());
    }
    b.field("license_etime", r.licenseEnd());
  }

  private static void put(AssetBuilder b, String key, JsonNode value) {
    if (value.isValueNode() && !value.isNull()) {
      b.field(key, value.asText());
    }
  }

  private static Boolean flag(String v) {
    return v == null || v.isBlank() ? null : v.equals("t") || v.equalsIgnoreCase("true");
  }

  private static Long number(String v) {
    try {
      return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer integer(String v) {
    Long n = number(v);
    return n == null ? null : n.intValue();
  }
}
