package io.assetbridge.emulator.vip.distribution;

import io.assetbridge.emulator.vip.recipients.Recipient;
import java.time.Instant;
import java.util.Locale;

/** Where and when an outlet published a delivered asset (§7). */
public record Publication(String url, String outlet, Instant publishedAt) {

  /** §11's default: {@code https://<organization-slug>.example/p/<deliveryId>}. */
  public static Publication defaultFor(Recipient recipient, String deliveryId, Instant at) {
    String outlet = recipient.organization() != null ? recipient.organization() : recipient.name();
    String slug = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.replaceAll("^-+|-+$", "");
    return new Publication(
        "https://" + (slug.isEmpty() ? "outlet" : slug) + ".example/p/" + deliveryId, outlet, at);
  }
}
