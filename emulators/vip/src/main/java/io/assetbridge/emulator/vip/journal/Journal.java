package io.assetbridge.emulator.vip.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongFunction;

/** What the emulator received and sent, newest last; the oldest lines go past a cap. */
public final class Journal {
  private static final int CAPACITY = 20_000;
  private static final int BODY_CHARS = 4096;
  private final Deque<JournalEntry> entries = new ArrayDeque<>();
  private long seq;

  /** The part of a body the journal keeps. */
  public static String excerpt(String body) {
    return body == null || body.length() <= BODY_CHARS ? body : body.substring(0, BODY_CHARS);
  }

  public synchronized void add(LongFunction<JournalEntry> entry) {
    seq++;
    entries.addLast(entry.apply(seq));
    if (entries.size() > CAPACITY) {
      entries.removeFirst();
    }
  }

  public synchronized List<JournalEntry> after(long after, int limit) {
    List<JournalEntry> page = new ArrayList<>();
    for (JournalEntry entry : entries) {
      if (entry.seq() > after && page.size() < limit) {
        page.add(entry);
      }
    }
    return page;
  }

  /** Forgets the lines; numbering goes on so a reader's {@code after} stays meaningful. */
  public synchronized void clear() {
    entries.clear();
  }

  /** Forgets the lines and numbers from 1 again, as a reset does. */
  public synchronized void restart() {
    entries.clear();
    seq = 0;
  }
}
