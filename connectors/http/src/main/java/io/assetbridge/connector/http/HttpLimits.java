package io.assetbridge.connector.http;

import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.SettingDef;
import io.assetbridge.spi.SettingType;
import java.time.Duration;
import java.util.Map;

/** Per-connection limits, from the connection's {@code limits:} map. */
public record HttpLimits(
    double perSecond, int concurrent, Duration connectTimeout, Duration requestTimeout) {

  public static final SettingDef SETTING =
      SettingDef.optional(
          "limits",
          SettingType.MAP,
          null,
          "perSecond (requests per second, default 20), concurrent (default 8), "
              + "connectTimeoutSeconds (default 10), timeoutSeconds (per request, default 60)");

  public static HttpLimits from(ConnectionSettings settings) {
    Map<String, Object> m = settings.map("limits");
    return new HttpLimits(
        number(m, "perSecond", 20).doubleValue(),
        number(m, "concurrent", 8).intValue(),
        Duration.ofSeconds(number(m, "connectTimeoutSeconds", 10).longValue()),
        Duration.ofSeconds(number(m, "timeoutSeconds", 60).longValue()));
  }

  private static Number number(Map<String, Object> m, String key, Number fallback) {
    Object v = m.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n) {
      return n;
    }
    try {
      return Double.valueOf(v.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("limits." + key + " must be a number, not '" + v + "'", e);
    }
  }
}
