package io.assetbridge.emulator.vip.recipients;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** A recipient on exactly one channel (§6); {@code key} names it in seeds only. */
public record Recipient(
    String id,
    String name,
    String organization,
    String channel,
    String address,
    List<String> regions,
    List<String> markets,
    boolean active,
    Instant createdAt,
    @JsonIgnore String key) {}
