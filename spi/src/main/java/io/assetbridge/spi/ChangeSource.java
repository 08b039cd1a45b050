package io.assetbridge.spi;

import java.time.Instant;

/** Lists changes incrementally. The cursor is the connector's own opaque text. */
public interface ChangeSource extends Connector {

  /**
   * The changes since {@code cursor} (null: since the connection's configured start) and the cursor
   * to save with them. Repeats across calls are fine: the store drops duplicate keys.
   */
  ChangeBatch changesSince(String cursor);

  /** A cursor meaning "everything modified at or after {@code since}", for {@code sync --since}. */
  String cursorAt(Instant since);
}
