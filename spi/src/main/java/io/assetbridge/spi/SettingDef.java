package io.assetbridge.spi;

/**
 * A setting a connector declares (Kafka's ConfigDef in small). A null {@code defaultValue} with
 * {@code required} false means optional with no default. Durations are written like {@code 300s},
 * {@code 5m} or ISO-8601 {@code PT5M}; instants as ISO-8601.
 */
public record SettingDef(
    String name, SettingType type, Object defaultValue, boolean required, String doc) {

  public static SettingDef required(String name, SettingType type, String doc) {
    return new SettingDef(name, type, null, true, doc);
  }

  public static SettingDef optional(
      String name, SettingType type, Object defaultValue, String doc) {
    return new SettingDef(name, type, defaultValue, false, doc);
  }

  public boolean secret() {
    return type == SettingType.SECRET;
  }
}
