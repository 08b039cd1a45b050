package io.assetbridge.connector.vip.internal.events;

import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Secret;
import io.assetbridge.spi.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a VIP webhook (§10) on its raw bytes before anything parses them: a fresh timestamp and a
 * {@code v1} signature made with one of the configured secrets (several during a rotation).
 */
public final class WebhookVerifier {
  private final List<Secret> secrets;
  private final Duration tolerance;
  private final InstantSource clock;
  private final String connection;

  public WebhookVerifier(
      List<Secret> secrets, Duration tolerance, InstantSource clock, String connection) {
    this.secrets = List.copyOf(secrets);
    this.tolerance = tolerance;
    this.clock = clock;
    this.connection = connection;
  }

  public void verify(WebhookRequest request) {
    if (secrets.isEmpty()) {
      throw refused("no `webhookSecret` is configured, so no webhook can be verified");
    }
    String signature = request.header("VIP-Signature");
    if (signature == null) {
      throw refused("missing VIP-Signature");
    }
    String timestamp = freshTimestamp(request.header("VIP-Timestamp"));
    List<byte[]> offered = v1Values(signature);
    if (offered.isEmpty()) {
      throw refused("VIP-Signature carries no v1 signature");
    }
    for (Secret secret : secrets) {
      byte[] expected = ascii(WebhookSignature.v1(secret, timestamp, request.body()));
      for (byte[] candidate : offered) {
        if (MessageDigest.isEqual(expected, candidate)) {
          return;
        }
      }
    }
    throw refused("signature does not match any configured secret");
  }

  private String freshTimestamp(String timestamp) {
    if (timestamp == null) {
      throw refused("missing VIP-Timestamp");
    }
    long sentAt;
    try {
      sentAt = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      throw refused("VIP-Timestamp '" + timestamp + "' is not unix seconds");
    }
    long distance = Math.abs(clock.instant().getEpochSecond() - sentAt);
    if (distance > tolerance.toSeconds()) {
      throw refused(
          "timestamp "
              + sentAt
              + " is "
              + distance
              + " s from now (tolerance "
              + tolerance.toSeconds()
              + " s)");
    }
    return timestamp.trim();
  }

  /** The {@code v1=} values of the header; other schemes are ignored (§10). */
  private static List<byte[]> v1Values(String header) {
    List<byte[]> values = new ArrayList<>();
    for (String part : header.split(",")) {
      String value = part.trim();
      if (value.startsWith("v1=")) {
        values.add(ascii(value.substring(3)));
      }
    }
    return values;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private PermanentException refused(String reason) {
    return new PermanentException(
        "VIP webhook for connection " + connection + " refused: " + reason);
  }
}
