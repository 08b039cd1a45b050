package io.assetbridge.emulator.photoshelter.state;

import java.time.Instant;

/**
 * A collection or a gallery of the tree.
 *
 * @param parentId {@code "root"} for top-level containers
 */
public record Container(
    Kind kind,
    String id,
    String name,
    String parentId,
    boolean listed,
    String mode,
    int displayOrder,
    Instant createdAt) {

  /** Collections hold containers; galleries hold files. */
  public enum Kind {
    COLLECTION,
    GALLERY
  }

  public boolean isGallery() {
    return kind == Kind.GALLERY;
  }
}
