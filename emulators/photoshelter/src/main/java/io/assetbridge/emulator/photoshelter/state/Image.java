package io.assetbridge.emulator.photoshelter.state;

import java.time.Instant;
import java.util.Set;

/** One image as the emulator stores it; immutable, replaced on every edit. */
public record Image(
    String id,
    FileFacts file,
    Flags flags,
    Metadata meta,
    Set<String> galleryIds,
    Origin origin,
    Instant modifiedAt) {

  public Image {
    galleryIds = Set.copyOf(galleryIds);
  }

  public Image withFlags(Flags value) {
    return new Image(id, file, value, meta, galleryIds, origin, modifiedAt);
  }

  public Image withMeta(Metadata value) {
    return new Image(id, file, flags, value, galleryIds, origin, modifiedAt);
  }

  public Image withGalleries(Set<String> value) {
    return new Image(id, file, flags, meta, value, origin, modifiedAt);
  }

  public Image withModifiedAt(Instant value) {
    return new Image(id, file, flags, meta, galleryIds, origin, value);
  }

  public String iptc(String key) {
    return meta.iptc().getOrDefault(key, "");
  }
}
