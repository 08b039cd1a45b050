package io.assetbridge.connector.photoshelter.write;

import com.fasterxml.jackson.databind.node.MissingNode;
import io.assetbridge.connector.http.Query;
import io.assetbridge.connector.photoshelter.catalog.GalleryDirectory;
import io.assetbridge.connector.photoshelter.client.PsClient;
import io.assetbridge.connector.photoshelter.client.PsTime;
import io.assetbridge.connector.photoshelter.read.EmbargoInstructions;
import io.assetbridge.connector.photoshelter.read.ImageRecord;
import io.assetbridge.connector.photoshelter.read.Keywords;
import io.assetbridge.spi.PermanentException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes only the given canonical fields (§7): IPTC in one PATCH, then image attributes, licence,
 * custom metadata and gallery adds. Every field is checked before the first write.
 */
public final class FieldUpdate {
  private final PsClient client;
  private final V4Bodies bodies;
  private final StatusWrite status;
  private final TagWrite tags;
  private final GalleryDirectory galleries;

  FieldUpdate(
      PsClient client,
      V4Bodies bodies,
      StatusWrite status,
      TagWrite tags,
      GalleryDirectory galleries) {
    this.client = client;
    this.bodies = bodies;
    this.status = status;
    this.tags = tags;
    this.galleries = galleries;
  }

  public void apply(String id, Map<String, Object> changes) {
    changes.keySet().stream()
        .filter(n -> !WritableFields.known(n))
        .findFirst()
        .ifPresent(this::unknown);
    UpdatePlan plan = new UpdatePlan();
    changes.forEach((name, value) -> route(plan, name, value));
    if (changes.containsKey("embargoUntil") || changes.containsKey("territories")) {
      plan.iptc.put("instructions", instructions(id, changes));
    }
    if (changes.containsKey("status")) {
      status.plan(plan, id, FieldValues.status(changes.get("status")));
    }
    send(id, plan);
  }

  /** Special Instructions with the embargo and territory clauses the change sets (§10 has none). */
  private String instructions(String id, Map<String, Object> changes) {
    var data =
        client.v3Get(
            "/psapi/v3/mem/image/" + Query.encode(id),
            Query.of().add("extend", "{\"Iptc\":{\"fields\":\"instructions\",\"params\":{}}}"));
    String current =
        new ImageRecord(data.path("Image"), MissingNode.getInstance()).iptcText("instructions");
    return EmbargoInstructions.rewrite(
        current,
        changes.containsKey("embargoUntil"),
        FieldValues.instant("embargoUntil", changes.get("embargoUntil")),
        changes.containsKey("territories"),
        FieldValues.list("territories", changes.get("territories")));
  }

  /** Refuses unknown field names before anything is written. */
  void checkNames(Map<String, Object> changes) {
    changes.keySet().stream()
        .filter(n -> !WritableFields.known(n))
        .findFirst()
        .ifPresent(this::unknown);
  }

  private void route(UpdatePlan plan, String name, Object value) {
    String iptcKey = WritableFields.IPTC.get(name);
    if (iptcKey != null) {
      plan.iptc.put(
          iptcKey,
          name.equals("keywords")
              ? Keywords.join(FieldValues.list(name, value))
              : FieldValues.text(name, value));
      return;
    }
    if (name.startsWith(WritableFields.TAG_PREFIX)) {
      tags.plan(plan, name.substring(WritableFields.TAG_PREFIX.length()), value);
      return;
    }
    if (name.startsWith(WritableFields.IPTC_PREFIX)) {
      plan.iptc.put(
          name.substring(WritableFields.IPTC_PREFIX.length()), FieldValues.text(name, value));
      return;
    }
    switch (name) {
      case "expiresAt" -> plan.licenseEnd(FieldValues.instant(name, value));
      case "rating" -> plan.image.put("rating", orZero(FieldValues.integer(name, value)));
      case "modelRelease" -> plan.image.put("model_released", FieldValues.bool(name, value));
      case "propertyRelease" -> plan.image.put("property_released", FieldValues.bool(name, value));
      case "gallery" ->
          FieldValues.list(name, value).forEach(g -> plan.galleries.add(galleries.idOf(g.strip())));
      case "tags" ->
          tagMap(value).forEach((tag, values) -> tags.plan(plan, String.valueOf(tag), values));
      default -> {} // status is planned after the others, so it sees a rating from this update
    }
  }

  private void send(String id, UpdatePlan plan) {
    String media = "/psapi/v4.0/media/" + Query.encode(id);
    if (!plan.iptc.isEmpty()) {
      client.v4Send("PATCH", media + "/iptc", bodies.resource("iptc", id, plan.iptc));
    }
    if (!plan.image.isEmpty()) {
      client.v4Send("PATCH", media, bodies.resource("image", id, plan.image));
    }
    if (plan.licenseSet) {
      Map<String, String> attributes = new HashMap<>();
      Instant end = plan.license.get(0);
      attributes.put("license_etime", end == null ? null : PsTime.formatV4(end));
      client.v4Send("PATCH", media + "/license", bodies.resource("license", id, attributes));
    }
    if (!plan.custom.isEmpty()) {
      client.v4Send("PATCH", media + "/custom-metadata", bodies.customMetadata(id, plan.custom));
    }
    for (String gallery : plan.galleries) {
      client.v4Send(
          "POST",
          "/psapi/v4.0/galleries/" + Query.encode(gallery) + "/children",
          bodies.images(List.of(id)));
    }
  }

  private static Map<?, ?> tagMap(Object value) {
    if (value == null) {
      return Map.of();
    }
    if (value instanceof Map<?, ?> m) {
      return m;
    }
    throw new PermanentException("field 'tags' needs a map of tag name to values");
  }

  private static int orZero(Integer rating) {
    return rating == null ? 0 : rating;
  }

  private void unknown(String name) {
    throw new PermanentException(
        client.connection()
            + ": cannot write field '"
            + name
            + "'; writable: "
            + String.join(", ", WritableFields.names(java.util.Set.of()))
            + ", tag:<name>, iptc:<key>");
  }
}
