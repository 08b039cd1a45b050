package io.assetbridge.emulator.photoshelter.v4;

import io.assetbridge.emulator.photoshelter.http.ApiException;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.Library;
import java.util.function.UnaryOperator;

/** Finds and edits images for v4 handlers; unknown ids are {@code ResourceNotFoundException}. */
final class MediaLookup {

  private MediaLookup() {}

  static Image find(Library library, String id) {
    return library.image(id).orElseThrow(() -> ApiException.notFound("no media " + id));
  }

  /** Applies the change now; every edit moves {@code modified_at} (Clarification 4). */
  static Image edit(Library library, String id, UnaryOperator<Image> change) {
    return library
        .edit(id, change, library.nowSeconds())
        .orElseThrow(() -> ApiException.notFound("no media " + id));
  }
}
