package io.assetbridge.emulator.photoshelter.v3;

import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.imaging.RenditionSpec;
import io.assetbridge.emulator.photoshelter.state.Image;
import java.util.List;
import java.util.Map;

/**
 * Embeds image-related extensions ({@code Iptc}, {@code CustomMetadata}, {@code License}, {@code
 * ImageLink}, {@code Gallery}, and {@code Image} with its own nested ones) into a record. Types
 * that do not apply to an image ({@code Collection}) are ignored.
 */
public final class ImageExtender {

  private static final List<String> CUSTOM_KEYS =
      List.of("field_id", "field_name", "option_id", "value");
  private final V3Records records;
  private final LinkMaker links;

  public ImageExtender(V3Records records, LinkMaker links) {
    this.records = records;
    this.links = links;
  }

  public void apply(Map<String, Object> target, Image image, Map<String, Extension> extensions) {
    for (Extension ext : extensions.values()) {
      switch (ext.type()) {
        case Extension.IMAGE -> target.put(ext.type(), imageRecord(image, ext));
        case Extension.IPTC ->
            target.put(ext.type(), ext.fields().apply(records.iptc(image), "Iptc"));
        case Extension.CUSTOM_METADATA -> target.put(ext.type(), custom(image, ext));
        case Extension.LICENSE ->
            target.put(ext.type(), ext.fields().apply(records.license(image), "License"));
        case Extension.IMAGE_LINK -> target.put(ext.type(), link(image, ext));
        case Extension.GALLERY -> target.put(ext.type(), galleries(image, ext));
        default -> {}
      }
    }
  }

  private Map<String, Object> imageRecord(Image image, Extension ext) {
    Map<String, Object> record = ext.fields().apply(records.image(image), "Image");
    apply(record, image, ext.nested());
    return record;
  }

  private List<Map<String, Object>> custom(Image image, Extension ext) {
    ext.fields().check(CUSTOM_KEYS, "CustomMetadata");
    return records.custom(image).stream()
        .map(e -> ext.fields().apply(e, "CustomMetadata"))
        .toList();
  }

  private List<Map<String, Object>> galleries(Image image, Extension ext) {
    return records.galleriesOf(image).stream()
        .map(g -> ext.fields().apply(records.container(g), "Gallery"))
        .toList();
  }

  private Map<String, Object> link(Image image, Extension ext) {
    RenditionSpec spec = spec(ext.params().get("image_mode"), ext.params().get("image_size"));
    return ext.fields().apply(links.link(image.id(), spec), "ImageLink");
  }

  /** Mode defaults to {@code fit}, size to {@code 1024x1024}; malformed values are bad params. */
  public static RenditionSpec spec(String mode, String size) {
    String m = mode == null ? "fit" : mode;
    String s = size == null ? "1024x1024" : size;
    return RenditionSpec.of(m, s)
        .orElseThrow(() -> ApiException.badParam("bad image_mode or image_size: " + m + " " + s));
  }
}
