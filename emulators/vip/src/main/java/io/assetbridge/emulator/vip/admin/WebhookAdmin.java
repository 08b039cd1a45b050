package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.FieldReader;
import io.assetbridge.emulator.vip.webhooks.WebhookSettings;
import java.net.URI;
import java.util.List;

/** {@code PUT}, {@code GET} (secret masked) and {@code DELETE /_emulator/webhook}. */
final class WebhookAdmin {
  private WebhookAdmin() {}

  static ApiOperation put(Platform platform) {
    return call -> {
      FieldErrors errors = new FieldErrors();
      FieldReader r = new FieldReader(AdminBodies.json(call), "", errors);
      r.allowOnly(
          List.of("url", "secret", "previousSecrets", "enabled", "retryBaseMs", "timeoutMs"));
      String url = r.text("url", 2000, true);
      if (url != null && !httpUrl(url)) {
        r.fail("url", "must be an absolute http(s) URL");
      }
      String secret = r.text("secret", 500, true);
      List<String> previous = r.texts("previousSecrets", 10, 500);
      Boolean enabled = r.bool("enabled");
      Long base = r.integer("retryBaseMs", 0, 86_400_000);
      Long timeout = r.integer("timeoutMs", 1, 600_000);
      errors.throwIfAny();
      platform
          .webhooks()
          .configure(
              new WebhookSettings(
                  url,
                  secret,
                  previous == null ? List.of() : previous,
                  enabled == null || enabled,
                  base == null ? WebhookSettings.DEFAULT_RETRY_BASE_MS : base,
                  timeout == null ? WebhookSettings.DEFAULT_TIMEOUT_MS : timeout));
      return ApiResponse.noContent();
    };
  }

  static ApiOperation get(Platform platform) {
    return call -> ApiResponse.json(200, WebhookSettings.masked(platform.webhooks().settings()));
  }

  static ApiOperation delete(Platform platform) {
    return (ApiCall call) -> {
      platform.webhooks().clear();
      return ApiResponse.noContent();
    };
  }

  private static boolean httpUrl(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getHost() != null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
