package io.assetbridge.emulator.netx.state;

import java.util.Locale;

/** The custom attribute types the emulator knows; only multi-selects hold several values. */
public enum AttributeType {
  TEXT,
  TEXTAREA,
  NUMBER,
  PULLDOWN,
  MULTISELECT;

  public static AttributeType parse(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
