package io.assetbridge.emulator.photoshelter.v3;

import java.util.Map;

/**
 * One entry of a v3 {@code extend}: the record type to embed, its fields, its params and the
 * extensions nested inside it.
 */
public record Extension(
    String type, FieldSelection fields, Map<String, String> params, Map<String, Extension> nested) {

  public static final String IMAGE = "Image";
  public static final String IPTC = "Iptc";
  public static final String IMAGE_LINK = "ImageLink";
  public static final String CUSTOM_METADATA = "CustomMetadata";
  public static final String LICENSE = "License";
  public static final String COLLECTION = "Collection";
  public static final String GALLERY = "Gallery";

  public Extension {
    params = Map.copyOf(params);
    nested = Map.copyOf(nested);
  }
}
