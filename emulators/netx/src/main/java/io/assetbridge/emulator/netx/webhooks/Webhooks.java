package io.assetbridge.emulator.netx.webhooks;

import io.assetbridge.emulator.netx.journal.Journal;
import io.assetbridge.emulator.netx.journal.JournalEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** Sends §9 webhooks: one attempt each, on a virtual thread, journaled as {@code out}. */
public final class Webhooks {

  private final AtomicReference<WebhookSetting> setting = new AtomicReference<>();
  private final Journal journal;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public Webhooks(Journal journal) {
    this.journal = journal;
  }

  public void configure(WebhookSetting s) {
    setting.set(s);
  }

  public void disable() {
    setting.set(null);
  }

  public WebhookSetting setting() {
    return setting.get();
  }

  /** Fires {@code event} for an asset when a webhook is enabled and subscribed to it. */
  public void send(String event, long assetId, long timestamp) {
    WebhookSetting s = setting.get();
    if (s == null || !s.enabled() || !s.events().contains(event)) {
      return;
    }
    String body =
        "{\"event\":\"%s\",\"assetId\":%d,\"timestamp\":%d,\"webhookId\":%d}"
            .formatted(event, assetId, timestamp, s.webhookId());
    Thread.ofVirtual().start(() -> deliver(s, event, body));
  }

  private void deliver(WebhookSetting s, String event, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(s.url()))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header(Signature.HEADER, Signature.of(s.secret(), bytes))
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build();
    Instant start = Instant.now();
    Integer status;
    try {
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      status = null; // the receiver could not be reached: journaled with no status
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    long ms = Duration.between(start, Instant.now()).toMillis();
    journal.add(JournalEntry.out(start, s.url(), event, status, ms, body));
  }
}
