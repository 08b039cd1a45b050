package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.http.Stamps;
import io.assetbridge.emulator.photoshelter.state.Container;
import io.assetbridge.emulator.photoshelter.state.CustomField;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.IptcKeys;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.assetbridge.emulator.photoshelter.state.Settings;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds v3 records: every scalar a string, flags "t"/"f", stamps in the account zone. */
public final class V3Records {

  private final Library library;

  public V3Records(Library library) {
    this.library = library;
  }

  public Map<String, Object> image(Image image) {
    Settings settings = library.settings();
    ZoneId zone = settings.tz();
    int w = image.file().width();
    int h = image.file().height();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("image_id", image.id());
    r.put("owner_id", settings.userId());
    r.put("organization_id", settings.orgId());
    r.put("creator_id", settings.userId());
    r.put("photographer_id", nullToEmpty(image.origin().photographerId()));
    r.put("file_name", image.file().fileName());
    r.put("file_size", Long.toString(image.file().size()));
    r.put("height", Integer.toString(h));
    r.put("width", Integer.toString(w));
    putBox(r, "screen_", "", w, h, 1024);
    putBox(r, "screen_", "_max", w, h, 2048);
    putBox(r, "thumb_", "", w, h, 200);
    r.put("stat_show", "t");
    r.put("f_searchable", flag(image.flags().searchable()));
    r.put("model_released", flag(image.flags().modelReleased()));
    r.put("property_released", flag(image.flags().propertyReleased()));
    r.put("rating", Integer.toString(image.flags().rating()));
    r.put("flagged", "f");
    r.put("focal_point_x", "50");
    r.put("focal_point_y", "50");
    r.put("updated_at", Stamps.v3(image.modifiedAt(), zone));
    r.put("uploaded_at", Stamps.v3(image.origin().createdAt(), zone));
    return r;
  }

  private static void putBox(
      Map<String, Object> r, String prefix, String suffix, int w, int h, int box) {
    double scale =
        Math.min(1.0, Math.min((double) box / Math.max(1, w), (double) box / Math.max(1, h)));
    r.put(prefix + "height" + suffix, Long.toString(Math.round(h * scale)));
    r.put(prefix + "width" + suffix, Long.toString(Math.round(w * scale)));
  }

  public Map<String, Object> iptc(Image image) {
    return new LinkedHashMap<>(IptcKeys.complete(image.meta().iptc()));
  }

  /** One entry per field that has a value. */
  public List<Map<String, Object>> custom(Image image) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (CustomField field : library.fields()) {
      String optionId = image.meta().custom().get(field.id());
      field.optionById(optionId).ifPresent(option -> entries.add(customEntry(field, option)));
    }
    return entries;
  }

  public static Map<String, Object> customEntry(CustomField field, CustomField.Option option) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("field_id", field.id());
    entry.put("field_name", field.name());
    entry.put("option_id", option.id());
    entry.put("value", option.name());
    return entry;
  }

  public Map<String, Object> license(Image image) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("license_etime", Stamps.v3(image.meta().licenseExpiry(), library.settings().tz()));
    return r;
  }

  public Map<String, Object> container(Container c) {
    ZoneId zone = library.settings().tz();
    String mode = c.mode();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put(c.isGallery() ? "gallery_id" : "collection_id", c.id());
    r.put("name", c.name());
    r.put("description", "");
    r.put("f_list", flag(c.listed()));
    r.put("display_order", Integer.toString(c.displayOrder()));
    r.put("mode", mode);
    r.put("effective_mode", mode);
    r.put("created_at", Stamps.v3(c.createdAt(), zone));
    r.put("modified_at", Stamps.v3(c.createdAt(), zone));
    return r;
  }

  /** The galleries holding {@code image}, as {@code ImageGallery} elements. */
  public List<Map<String, Object>> imageGalleries(Image image) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (Container gallery : galleriesOf(image)) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("gallery_id", gallery.id());
      entry.put("name", gallery.name());
      result.add(entry);
    }
    return result;
  }

  public List<Container> galleriesOf(Image image) {
    return library.tree().all().stream()
        .filter(c -> c.isGallery() && image.galleryIds().contains(c.id()))
        .toList();
  }

  static String flag(boolean value) {
    return value ? "t" : "f";
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
