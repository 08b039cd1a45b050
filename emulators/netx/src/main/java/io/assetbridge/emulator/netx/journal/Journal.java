package io.assetbridge.emulator.netx.journal;

import java.util.ArrayList;
import java.util.List;

/** Requests received and webhooks sent, in order, numbered from 1 until cleared. */
public final class Journal {

  private final List<JournalEntry> entries = new ArrayList<>();
  private long lastSeq;

  public synchronized void add(JournalEntry entry) {
    entries.add(entry.numbered(++lastSeq));
  }

  /** Up to {@code limit} entries with seq greater than {@code after}. */
  public synchronized List<JournalEntry> after(long after, int limit) {
    return entries.stream().filter(e -> e.seq() > after).limit(limit).toList();
  }

  public synchronized List<JournalEntry> all() {
    return new ArrayList<>(entries);
  }

  /** Empties the journal; seq keeps counting so readers' {@code after} cursors stay valid. */
  public synchronized void clear() {
    entries.clear();
  }

  /** Empties the journal and numbers from 1 again, as after a fresh start. */
  public synchronized void reset() {
    entries.clear();
    lastSeq = 0;
  }
}
