package io.assetbridge.spi;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A webhook as received: header names in lower case, the raw body bytes, and when it arrived. */
public record WebhookRequest(Map<String, List<String>> headers, byte[] body, Instant receivedAt) {

  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
