package io.assetbridge.connector.netx;

import io.assetbridge.connector.http.HttpLimits;
import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.Secret;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A {@code netx} connection's settings, checked and with defaults applied. */
public record NetxSettings(
    String connection,
    URI baseUrl,
    Secret token,
    Secret webhookSecret,
    AttributeLabels labels,
    String folder,
    String uploadFolder,
    Instant startAt,
    Duration overlap,
    HttpLimits limits,
    InstantSource clock) {

  public static NetxSettings from(ConnectionSettings s) {
    if (!s.has("baseUrl") || !s.has("token")) {
      throw new IllegalArgumentException(
          "connection " + s.name() + ": netx needs baseUrl and token");
    }
    return new NetxSettings(
        s.name(),
        URI.create(s.string("baseUrl").replaceAll("/+$", "")),
        s.secret("token"),
        s.secret("webhookSecret"),
        AttributeLabels.from(s.map("attributes")),
        blankToNull(s.string("folder")),
        blankToNull(s.string("uploadFolder")),
        s.has("startAt") ? s.instant("startAt") : Instant.EPOCH,
        s.has("overlap") ? s.duration("overlap") : Duration.ofSeconds(120),
        HttpLimits.from(s),
        s.clock() == null ? InstantSource.system() : s.clock());
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  @Override
  public String toString() {
    return "NetxSettings[" + connection + ", " + baseUrl + "]";
  }
}
