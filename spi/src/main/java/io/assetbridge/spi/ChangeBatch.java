package io.assetbridge.spi;

import java.util.List;

/**
 * One poll's changes and the cursor to save with them, in the same transaction (offsets travel with
 * their records). {@code nextCursor} equals the cursor passed in when nothing new was seen.
 */
public record ChangeBatch(List<Change> changes, String nextCursor) {
  public ChangeBatch {
    changes = List.copyOf(changes);
  }
}
