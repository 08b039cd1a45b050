package io.assetbridge.emulator.netx.state;

import static io.assetbridge.emulator.netx.state.AttributeType.MULTISELECT;
import static io.assetbridge.emulator.netx.state.AttributeType.PULLDOWN;
import static io.assetbridge.emulator.netx.state.AttributeType.TEXT;
import static io.assetbridge.emulator.netx.state.AttributeType.TEXTAREA;

import java.util.List;

/** The attributes of contract §7, defined at start and after every reset. */
final class DefaultAttributes {

  private DefaultAttributes() {}

  static List<AttributeDefinition> all() {
    return List.of(
        new AttributeDefinition(
            "Asset Status",
            PULLDOWN,
            List.of("Draft", "In Review", "Approved", "Archived", "Expired")),
        new AttributeDefinition("Usage Rights", TEXTAREA, null),
        new AttributeDefinition("License Expiry", TEXT, null),
        new AttributeDefinition("Embargo Until", TEXT, null),
        new AttributeDefinition("Territories", MULTISELECT, null),
        new AttributeDefinition("Campaign Code", TEXT, null),
        new AttributeDefinition("Product Category", PULLDOWN, null),
        new AttributeDefinition("Caption", TEXTAREA, null),
        new AttributeDefinition("Credit", TEXT, null),
        new AttributeDefinition("Copyright", TEXT, null),
        new AttributeDefinition("Source Ref", TEXT, null));
  }
}
