package io.assetbridge.connector.http;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One connection's HTTP client: every request waits for the connection's rate limit and a
 * concurrency slot, carries the request timeout, and an I/O failure becomes a retryable failure.
 * Status codes are left to the caller, which knows its platform's error bodies.
 */
public final class PlatformHttp {
  private final String connection;
  private final URI baseUrl;
  private final HttpLimits limits;
  private final HttpClient client;
  private final RateLimiter rateLimiter;
  private final Bulkhead bulkhead;

  public PlatformHttp(String connection, URI baseUrl, HttpLimits limits) {
    this.connection = connection;
    this.baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
    this.limits = limits;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(limits.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            // h2c upgrade attempts on plain http add nothing and confuse some servers and proxies
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.rateLimiter = RateLimiter.of(connection, rateConfig(limits.perSecond()));
    this.bulkhead =
        Bulkhead.of(
            connection,
            BulkheadConfig.custom()
                .maxConcurrentCalls(Math.max(1, limits.concurrent()))
                .maxWaitDuration(limits.requestTimeout())
                .build());
  }

  private static RateLimiterConfig rateConfig(double perSecond) {
    // Spread the budget over 100 ms periods so bursts stay small.
    int perPeriod = Math.max(1, (int) Math.round(perSecond / 10));
    long periodNanos =
        Math.max(1, Math.round(perPeriod * 1_000_000_000d / Math.max(perSecond, 0.001)));
    return RateLimiterConfig.custom()
        .limitForPeriod(perPeriod)
        .limitRefreshPeriod(Duration.ofNanos(periodNanos))
        .timeoutDuration(Duration.ofMinutes(10))
        .build();
  }

  public String connection() {
    return connection;
  }

  /** {@code baseUrl} joined with a path that starts with '/' (and may carry a query). */
  public URI uri(String pathAndQuery) {
    return URI.create(baseUrl + pathAndQuery);
  }

  /** A request builder for the path with this connection's request timeout. */
  public HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(limits.requestTimeout());
  }

  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    String what = describe(request);
    RateLimiter.waitForPermission(rateLimiter);
    if (!bulkhead.tryAcquirePermission()) {
      throw Failures.forIo(
          what, new IOException("no free connection slot within the request timeout"));
    }
    try {
      return client.send(request, handler);
    } catch (IOException e) {
      throw Failures.forIo(what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Failures.forIo(what, e);
    } finally {
      bulkhead.onComplete();
    }
  }

  /** "ps: GET /psapi/v3/…" without the query string, which may carry credentials. */
  public String describe(HttpRequest request) {
    return connection + ": " + request.method() + " " + request.uri().getPath();
  }
}
