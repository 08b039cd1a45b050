package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.http.FieldReader;
import io.assetbridge.emulator.vip.recipients.Channels;
import io.assetbridge.emulator.vip.recipients.Recipient;
import java.time.Instant;
import java.util.List;

/** A recipient in a seed body; {@code key} lets lists in the same or later seeds name it. */
record RecipientSeed(
    String key,
    String name,
    String organization,
    String channel,
    String address,
    List<String> regions,
    List<String> markets,
    boolean active) {

  static RecipientSeed read(FieldReader r) {
    r.allowOnly(
        List.of(
            "key", "name", "organization", "channel", "address", "regions", "markets", "active"));
    String channel = r.text("channel", 32, true);
    String address = r.text("address", 2000, true);
    if (channel != null && !Channels.ALL.contains(channel)) {
      r.fail("channel", "must be one of " + Channels.ALL);
    } else if (channel != null && address != null) {
      String violation = Channels.addressViolation(channel, address);
      if (violation != null) {
        r.fail("address", violation);
      }
    }
    List<String> regions = r.texts("regions", 300, 100);
    List<String> markets = r.texts("markets", 300, 100);
    Boolean active = r.bool("active");
    return new RecipientSeed(
        r.text("key", 100),
        r.text("name", 500, true),
        r.text("organization", 500),
        channel,
        address,
        regions == null ? List.of() : regions,
        markets == null ? List.of() : markets,
        active == null || active);
  }

  Recipient create(String id, Instant now) {
    return new Recipient(
        id, name, organization, channel, address, regions, markets, active, now, key);
  }
}
