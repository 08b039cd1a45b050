package io.assetbridge.emulator.vip.webhooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where and how webhooks go (§11). {@code previousSecrets} is an emulator extension that signs with
 * several secrets at once, as during a rotation (§10).
 */
public record WebhookSettings(
    String url,
    String secret,
    List<String> previousSecrets,
    boolean enabled,
    long retryBaseMs,
    long timeoutMs) {
  public static final long DEFAULT_RETRY_BASE_MS = 30_000;
  public static final long DEFAULT_TIMEOUT_MS = 10_000;

  public List<String> signingSecrets() {
    List<String> secrets = new ArrayList<>();
    secrets.add(secret);
    secrets.addAll(previousSecrets);
    return secrets;
  }

  /** The settings as GET shows them: secrets masked. */
  public static Map<String, Object> masked(WebhookSettings settings) {
    Map<String, Object> shown = new LinkedHashMap<>();
    boolean set = settings != null;
    shown.put("url", set ? settings.url() : null);
    shown.put("secret", set ? "***" : null);
    shown.put("enabled", set && settings.enabled());
    shown.put("retryBaseMs", set ? settings.retryBaseMs() : DEFAULT_RETRY_BASE_MS);
    shown.put("timeoutMs", set ? settings.timeoutMs() : DEFAULT_TIMEOUT_MS);
    return shown;
  }
}
