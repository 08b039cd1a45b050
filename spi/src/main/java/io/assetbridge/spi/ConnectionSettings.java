package io.assetbridge.spi;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;

/**
 * A connection's settings after the engine checked them against the connector's {@link SettingDef}s
 * and applied defaults: values are String, {@link Secret}, Long, Double, Boolean, Duration,
 * Instant, {@code Map<String, Object>} or {@code List<Object>}. Anything that reads the time uses
 * {@code clock}.
 */
public record ConnectionSettings(String name, Map<String, Object> values, InstantSource clock) {

  public ConnectionSettings {
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
  }

  public boolean has(String key) {
    return values.get(key) != null;
  }

  public String string(String key) {
    Object v = values.get(key);
    return v == null ? null : v instanceof Secret s ? s.reveal() : v.toString();
  }

  public Secret secret(String key) {
    Object v = values.get(key);
    return v == null ? null : v instanceof Secret s ? s : new Secret(v.toString());
  }

  public Long integer(String key) {
    return (Long) values.get(key);
  }

  public Double decimal(String key) {
    return (Double) values.get(key);
  }

  public Boolean bool(String key) {
    return (Boolean) values.get(key);
  }

  public Duration duration(String key) {
    return (Duration) values.get(key);
  }

  public Instant instant(String key) {
    return (Instant) values.get(key);
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> map(String key) {
    Object v = values.get(key);
    return v == null ? Map.of() : (Map<String, Object>) v;
  }

  @SuppressWarnings("unchecked")
  public List<Object> list(String key) {
    Object v = values.get(key);
    return v == null ? List.of() : (List<Object>) v;
  }

  @Override
  public String toString() {
    return "ConnectionSettings[" + name + "]";
  }
}
