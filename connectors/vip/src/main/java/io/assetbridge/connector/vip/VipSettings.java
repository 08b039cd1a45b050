package io.assetbridge.connector.vip;

import io.assetbridge.connector.http.HttpLimits;
import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Secret;
import io.assetbridge.spi.SettingDef;
import io.assetbridge.spi.SettingType;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;

/** A VIP connection's settings, read and checked once. Secrets show as {@code ***}. */
public record VipSettings(
    String connection,
    URI apiBase,
    Secret token,
    List<Secret> webhookSecrets,
    Duration webhookTolerance,
    HttpLimits limits,
    InstantSource clock) {

  public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

  public static final List<SettingDef> DEFINITIONS =
      List.of(
          SettingDef.required(
              "baseUrl",
              SettingType.STRING,
              "VIP's address, e.g. https://vip.example.com; the API is at baseUrl/api/v1"),
          SettingDef.required("token", SettingType.SECRET, "the API bearer token"),
          SettingDef.optional(
              "webhookSecret",
              SettingType.SECRET,
              null,
              "the secret webhooks are signed with; during a rotation several, comma-separated"),
          SettingDef.optional(
              "webhookTolerance",
              SettingType.DURATION,
              DEFAULT_TOLERANCE,
              "how far a webhook's VIP-Timestamp may be from our clock, either way"),
          HttpLimits.SETTING);

  public VipSettings {
    webhookSecrets = List.copyOf(webhookSecrets);
  }

  public static VipSettings from(ConnectionSettings settings) {
    return new VipSettings(
        settings.name(),
        apiBase(settings.name(), settings.string("baseUrl")),
        required(settings, "token"),
        webhookSecrets(settings.secret("webhookSecret")),
        tolerance(settings.name(), settings.values().get("webhookTolerance")),
        HttpLimits.from(settings),
        settings.clock());
  }

  private static URI apiBase(String connection, String baseUrl) {
    URI uri = baseUrl == null ? null : URI.create(baseUrl.strip().replaceAll("/+$", ""));
    if (uri == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
      throw new PermanentException(
          "VIP connection " + connection + ": `baseUrl` must be an http(s) URL, not " + baseUrl);
    }
    return URI.create(uri + "/api/v1");
  }

  private static Secret required(ConnectionSettings settings, String key) {
    Secret secret = settings.secret(key);
    if (secret == null || secret.reveal().isBlank()) {
      throw new PermanentException(
          "VIP connection " + settings.name() + ": `" + key + "` is required");
    }
    return secret;
  }

  private static List<Secret> webhookSecrets(Secret configured) {
    return configured == null
        ? List.of()
        : Arrays.stream(configured.reveal().split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(Secret::new)
            .toList();
  }

  // The engine hands DURATION settings over as Duration; plain "300s" or ISO text is read too.
  private static Duration tolerance(String connection, Object value) {
    if (value == null || value instanceof Duration) {
      return value == null ? DEFAULT_TOLERANCE : (Duration) value;
    }
    String text = value.toString().strip();
    try {
      return text.matches("\\d+s")
          ? Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)))
          : Duration.parse(text);
    } catch (RuntimeException e) {
      throw new PermanentException(
          "VIP connection " + connection + ": `webhookTolerance` '" + text + "' is no duration");
    }
  }

  @Override
  public String toString() {
    return "VipSettings[" + connection + ", " + apiBase + "]";
  }
}
