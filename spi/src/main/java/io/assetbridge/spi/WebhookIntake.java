package io.assetbridge.spi;

import java.util.List;

/** Verifies and parses this platform's webhooks. */
public interface WebhookIntake extends Connector {

  /**
   * Checks signature and timestamp on the raw bytes, before anything is parsed. Throws {@link
   * PermanentException} with a reason a person can act on when the sender is not to be trusted.
   */
  void verify(WebhookRequest request);

  /** Parses a verified webhook; a malformed body is a {@link PermanentException}. */
  List<Change> parse(WebhookRequest request);

  /** Verifies, then parses. */
  default List<Change> parseWebhook(WebhookRequest request) {
    verify(request);
    return parse(request);
  }
}
