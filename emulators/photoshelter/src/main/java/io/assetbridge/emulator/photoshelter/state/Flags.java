package io.assetbridge.emulator.photoshelter.state;

/** Per-image switches that v4 {@code PATCH /media/{id}} edits. */
public record Flags(
    int rating, boolean modelReleased, boolean propertyReleased, boolean searchable) {

  public Flags withRating(int value) {
    return new Flags(value, modelReleased, propertyReleased, searchable);
  }

  public Flags withModelReleased(boolean value) {
    return new Flags(rating, value, propertyReleased, searchable);
  }

  public Flags withPropertyReleased(boolean value) {
    return new Flags(rating, modelReleased, value, searchable);
  }
}
