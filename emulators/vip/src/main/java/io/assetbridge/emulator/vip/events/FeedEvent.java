package io.assetbridge.emulator.vip.events;

/** An event as stored: serialised once, so the feed and every webhook send the same bytes. */
public record FeedEvent(long seq, String id, String type, String json) {}
