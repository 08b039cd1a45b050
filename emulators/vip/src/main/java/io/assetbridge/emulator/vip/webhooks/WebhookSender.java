package io.assetbridge.emulator.vip.webhooks;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.events.FeedEvent;
import io.assetbridge.emulator.vip.journal.Journal;
import io.assetbridge.emulator.vip.journal.JournalEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Posts each event to the webhook URL, one event per request, retrying per §10. One sending thread
 * keeps first attempts in event order; a reset or a changed setting stops retries.
 */
public final class WebhookSender implements AutoCloseable {
  private final Platform platform;
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(Platform.daemon("vip-emulator-webhooks"));
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Random jitter = new Random();
  private volatile WebhookSettings settings;

  public WebhookSender(Platform platform) {
    this.platform = platform;
  }

  public void configure(WebhookSettings newSettings) {
    this.settings = newSettings;
  }

  public void clear() {
    this.settings = null;
  }

  public WebhookSettings settings() {
    return settings;
  }

  /** Queues an event's first attempt when webhooks are on. */
  public void offer(FeedEvent event, long generation) {
    WebhookSettings current = settings;
    if (current != null && current.enabled()) {
      sender.execute(() -> attempt(event, 1, generation));
    }
  }

  private void attempt(FeedEvent event, int attempt, long generation) {
    WebhookSettings current = settings;
    if (current == null || !current.enabled() || platform.generation() != generation) {
      return;
    }
    Integer status = post(current, event, attempt);
    boolean delivered = status != null && status >= 200 && status < 300;
    if (!delivered && attempt < RetrySchedule.MAX_ATTEMPTS) {
      long delay = RetrySchedule.delayMs(current.retryBaseMs(), attempt, jitter);
      sender.schedule(() -> attempt(event, attempt + 1, generation), delay, TimeUnit.MILLISECONDS);
    }
  }

  private Integer post(WebhookSettings current, FeedEvent event, int attempt) {
    byte[] body = event.json().getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(platform.settings().clock().instant().getEpochSecond());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("VIP-Event-Id", event.id());
    headers.put("VIP-Event-Type", event.type());
    headers.put("VIP-Timestamp", timestamp);
    headers.put("VIP-Signature", WebhookSigner.header(current.signingSecrets(), timestamp, body));
    long started = System.nanoTime();
    Integer status = send(current, headers, body);
    long millis = (System.nanoTime() - started) / 1_000_000;
    platform
        .journal()
        .add(seq -> outEntry(seq, current.url(), event, attempt, status, millis, headers));
    return status;
  }

  private Integer send(WebhookSettings current, Map<String, String> headers, byte[] body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(current.url()))
              .timeout(Duration.ofMillis(current.timeoutMs()))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (Exception e) {
      return null;
    }
  }

  private JournalEntry outEntry(
      long seq,
      String url,
      FeedEvent event,
      int attempt,
      Integer status,
      long millis,
      Map<String, String> headers) {
    String path = URI.create(url).getPath();
    return new JournalEntry(
        seq,
        platform.now(),
        "out",
        "POST",
        path,
        null,
        status,
        null,
        null,
        null,
        null,
        millis,
        headers,
        Journal.excerpt(event.json()),
        url,
        event.id(),
        attempt);
  }

  @Override
  public void close() {
    sender.shutdownNow();
    client.shutdownNow();
  }
}
