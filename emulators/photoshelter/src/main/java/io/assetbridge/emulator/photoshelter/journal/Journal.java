package io.assetbridge.emulator.photoshelter.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Received requests, oldest first, numbered from 1. Thread-safe; keeps the newest 100,000. */
public final class Journal {

  private static final int CAPACITY = 100_000;
  private final Deque<JournalEntry> entries = new ArrayDeque<>();
  private long seq;

  public synchronized void add(JournalEntry entry) {
    entries.addLast(entry.numbered(++seq));
    if (entries.size() > CAPACITY) {
      entries.removeFirst();
    }
  }

  /** Entries with {@code seq > since}, at most {@code limit}. */
  public synchronized List<JournalEntry> since(long since, int limit) {
    List<JournalEntry> result = new ArrayList<>();
    for (JournalEntry entry : entries) {
      if (entry.seq() > since && result.size() < limit) {
        result.add(entry);
      }
    }
    return result;
  }

  /** Empties the journal; numbering goes on so {@code since} cursors stay valid. */
  public synchronized void clear() {
    entries.clear();
  }

  /** Empties the journal and starts numbering again (emulator reset). */
  public synchronized void reset() {
    entries.clear();
    seq = 0;
  }
}
