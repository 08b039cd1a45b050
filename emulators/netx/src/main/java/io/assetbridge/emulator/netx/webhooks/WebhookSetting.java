package io.assetbridge.emulator.netx.webhooks;

import java.util.List;

/** The webhook configuration of contract §10; the secret never leaves through {@code masked}. */
public record WebhookSetting(
    String url, String secret, List<String> events, boolean enabled, long webhookId) {

  public java.util.Map<String, Object> masked() {
    return java.util.Map.of(
        "url", url, "secret", "***", "events", events, "enabled", enabled, "webhookId", webhookId);
  }
}
