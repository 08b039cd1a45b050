package io.assetbridge.spi;

import java.util.List;

/** Verifies and parses this platform's webhooks. */
public interface WebhookIntake extends Connector {

  /**
   * Verifies the signature and timestamp on the raw bytes, then parses. Throws {@link
   * PermanentException} with a reason a person can act on when the request must be refused.
   */
  List<Change> parseWebhook(WebhookRequest request);
}
