package io.assetbridge.emulator.photoshelter.state;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What v4 search sees: each write becomes visible at its own instant, so a search lag can hide
 * recent writes while older versions stay findable. Not thread-safe: {@link Library} guards it.
 */
final class SearchIndex {

  private record Version(Instant visibleAt, Image image) {}

  private final Map<String, Deque<Version>> versions = new LinkedHashMap<>();

  void publish(Image image, Instant visibleAt) {
    versions
        .computeIfAbsent(image.id(), id -> new ArrayDeque<>())
        .addLast(new Version(visibleAt, image));
  }

  /** The newest visible version of each image, in upload order; drops versions nobody can see. */
  List<Image> visible(Instant now) {
    List<Image> result = new ArrayList<>();
    for (Deque<Version> history : versions.values()) {
      while (history.size() > 1 && !second(history).visibleAt().isAfter(now)) {
        history.removeFirst();
      }
      Version first = history.getFirst();
      if (!first.visibleAt().isAfter(now)) {
        result.add(first.image());
      }
    }
    return result;
  }

  private static Version second(Deque<Version> history) {
    var it = history.iterator();
    it.next();
    return it.next();
  }

  void clear() {
    versions.clear();
  }
}
