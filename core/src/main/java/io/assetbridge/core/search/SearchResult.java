package io.assetbridge.core.search;

import java.util.List;

/**
 * The merged rows, the systems that answered in time, and one note per system that was slow or
 * failed (or when links could not be read); no notes means the answer is complete.
 */
public record SearchResult(List<SearchRow> rows, List<String> answered, List<String> notes) {
  public SearchResult {
    rows = List.copyOf(rows);
    answered = List.copyOf(answered);
    notes = List.copyOf(notes);
  }

  public boolean partial() {
    return !notes.isEmpty();
  }
}
