package io.assetbridge.core.search;

import java.util.List;

/**
 * The merged rows and one note per system that was slow or failed; no notes means every system
 * answered in time.
 */
public record SearchResult(List<SearchRow> rows, List<String> notes) {
  public SearchResult {
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  public boolean partial() {
    return !notes.isEmpty();
  }
}
