package io.assetbridge.emulator.vip.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The account's ordered events (§9), kept until reset; each new one goes to the listener. */
public final class EventFeed {
  private final List<FeedEvent> events = new ArrayList<>();
  private final Consumer<FeedEvent> listener;

  public EventFeed(Consumer<FeedEvent> listener) {
    this.listener = listener;
  }

  public FeedEvent emit(String type, Instant occurredAt, Object data) {
    long seq = events.size() + 1;
    String id = EventJson.idOf(seq);
    FeedEvent event = new FeedEvent(seq, id, type, EventJson.serialize(id, type, occurredAt, data));
    events.add(event);
    listener.accept(event);
    return event;
  }

  /** The sequence number an id names, or -1 when no retained event has it. */
  public long seqOf(String id) {
    if (!id.matches("evt_[0-9]{20}")) {
      return -1;
    }
    // 20 digits can exceed a long; any number past the feed names no retained event (410)
    var seq = new java.math.BigInteger(id.substring(4));
    return seq.signum() > 0 && seq.compareTo(java.math.BigInteger.valueOf(events.size())) <= 0
        ? seq.longValue()
        : -1;
  }

  /** Up to {@code limit} events after the given sequence number. */
  public List<FeedEvent> after(long seq, int limit) {
    int from = (int) Math.min(seq, events.size());
    return List.copyOf(events.subList(from, Math.min(events.size(), from + limit)));
  }

  public int size() {
    return events.size();
  }

  public List<FeedEvent> all() {
    return List.copyOf(events);
  }
}
