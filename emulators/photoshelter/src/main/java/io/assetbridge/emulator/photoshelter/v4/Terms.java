package io.assetbridge.emulator.photoshelter.v4;

import io.assetbridge.emulator.photoshelter.state.Image;
import java.util.List;

/**
 * Free-text {@code terms}: words separated by spaces, each contains-matched against file name,
 * title, headline, caption, keyword, author, credit, source, copyright, city and country.
 */
record Terms(List<String> words, boolean matchAll) {

  private static final List<String> KEYS =
      List.of(
          "title",
          "headline",
          "caption",
          "keyword",
          "author",
          "credit",
          "source",
          "copyright",
          "city",
          "country");

  Terms(String text, boolean matchAll) {
    this(List.of(text.strip().split("\\s+")), matchAll);
  }

  boolean matches(Image image) {
    return matchAll
        ? words.stream().allMatch(w -> hits(image, w) > 0)
        : words.stream().anyMatch(w -> hits(image, w) > 0);
  }

  /** How many (word, field) pairs match: the relevance score. */
  int score(Image image) {
    return words.stream().mapToInt(w -> hits(image, w)).sum();
  }

  private static int hits(Image image, String word) {
    int hits = Text.contains(image.file().fileName(), word) ? 1 : 0;
    for (String key : KEYS) {
      hits += Text.contains(image.iptc(key), word) ? 1 : 0;
    }
    return hits;
  }
}
