package io.assetbridge.spi;

/** The type of a connection setting; the engine converts and checks config values to it. */
public enum SettingType {
  STRING,
  SECRET,
  INT,
  DECIMAL,
  BOOLEAN,
  DURATION,
  INSTANT,
  MAP,
  LIST
}
