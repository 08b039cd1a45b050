package io.assetbridge.emulator.photoshelter.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.http.Stamps;
import io.assetbridge.emulator.photoshelter.state.Container;
import io.assetbridge.emulator.photoshelter.state.CustomField;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.IptcKeys;
import io.assetbridge.emulator.photoshelter.state.Library;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The changes a person makes in the PhotoShelter UI, as {@code /_emulator/act} actions. */
final class ImageActions {

  private final Library library;

  ImageActions(Library library) {
    this.library = library;
  }

  UnaryOperator<Image> change(String action, JsonNode body) {
    return switch (action) {
      case "set_approval" -> custom("Approval Status", body.get("value"));
      case "set_custom" -> custom(AdminBody.text(body, "field", ""), body.get("value"));
      case "edit_iptc" -> iptc(body.path("iptc"));
      case "set_license_expiry" -> license(body.get("license_etime"));
      case "move_to_gallery" ->
          move(AdminBody.text(body, "gallery", ""), AdminBody.text(body, "from", null));
      case "set_rating" -> rating(body.path("rating"));
      default -> throw ApiException.badParam("unknown action: " + action);
    };
  }

  /** Sets a custom field's value, defining the field or option first when the org lacks it. */
  private UnaryOperator<Image> custom(String fieldName, JsonNode value) {
    if (fieldName.isBlank()) {
      throw ApiException.badParam("set_custom needs a field name");
    }
    if (value == null || value.isNull()) {
      CustomField field =
          library
              .field(fieldName)
              .orElseThrow(() -> ApiException.badParam("no field " + fieldName));
      return i -> i.withMeta(i.meta().withCustom(field.id(), null));
    }
    CustomField.Option option = library.defineOption(fieldName, value.asText());
    String fieldId = library.field(fieldName).orElseThrow().id();
    return i -> i.withMeta(i.meta().withCustom(fieldId, option.id()));
  }

  private static UnaryOperator<Image> iptc(JsonNode values) {
    if (!values.isObject()) {
      throw ApiException.badParam("iptc must be an object");
    }
    Map<String, String> changes = new LinkedHashMap<>();
    for (var entry : values.properties()) {
      String key = entry.getKey().equals("keywords") ? "keyword" : entry.getKey();
      if (!IptcKeys.isKey(key) || !entry.getValue().isTextual()) {
        throw ApiException.badParam("iptc " + entry.getKey() + ": unknown key or not a string");
      }
      changes.put(key, entry.getValue().asText());
    }
    return i -> i.withMeta(i.meta().withIptc(changes));
  }

  private static UnaryOperator<Image> license(JsonNode value) {
    Instant expiry =
        value == null || value.isNull() || value.asText().isEmpty()
            ? null
            : Stamps.parseUtc(value.asText(), "license_etime");
    return i -> i.withMeta(i.meta().withLicenseExpiry(expiry));
  }

  private UnaryOperator<Image> move(String to, String from) {
    Container target = gallery(to);
    Container source = from == null ? null : gallery(from);
    return i -> {
      Set<String> galleries = new HashSet<>(i.galleryIds());
      if (source != null) {
        galleries.remove(source.id());
      }
      galleries.add(target.id());
      return i.withGalleries(galleries);
    };
  }

  private Container gallery(String idOrName) {
    return library
        .tree()
        .galleryByIdOrName(idOrName)
        .orElseThrow(() -> ApiException.badParam("no gallery " + idOrName));
  }

  private static UnaryOperator<Image> rating(JsonNode value) {
    if (!value.canConvertToInt() || value.asInt() < -1 || value.asInt() > 5) {
      throw ApiException.badParam("rating must be an integer from -1 to 5");
    }
    int rating = value.asInt();
    return i -> i.withFlags(i.flags().withRating(rating));
  }
}
