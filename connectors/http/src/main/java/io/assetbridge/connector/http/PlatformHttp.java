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
    HttpObservers.opened(this);
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
      throw reported(
          request,
          System.nanoTime(),
          Failures.forIo(
              what, new IOException("no free connection slot within the request timeout")));
    }
    long started = System.nanoTime();
    try {
      HttpResponse<T> response =
          client.send(
              CountedBodies.request(request, connection),
              CountedBodies.handler(handler, connection));
      int status = response.statusCode();
      // a 404 is how connectors learn that a looked-up asset is absent, not a fault
      boolean fault = status >= 400 && status != 404;
      HttpObservers.called(
          call(request, status, started, fault ? what + " answered HTTP " + status : null));
      return response;
    } catch (IOException e) {
      throw reported(request, started, Failures.forIo(what, e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw reported(request, started, Failures.forIo(what, e));
    } finally {
      bulkhead.onComplete();
    }
  }

  private RuntimeException reported(HttpRequest request, long started, RuntimeException failure) {
    HttpObservers.called(call(request, 0, started, failure.getMessage()));
    return failure;
  }

  private HttpCall call(HttpRequest request, int status, long started, String error) {
    return new HttpCall(
        connection,
        request.method(),
        request.uri().getPath(),
        status,
        Duration.ofNanos(System.nanoTime() - started),
        error);
  }

  /** The rate limit's and the concurrency slots' state now, for health and metrics. */
  public LimitState limitState() {
    var rate = rateLimiter.getMetrics();
    var slots = bulkhead.getMetrics();
    return new LimitState(
        Math.max(0, rate.getAvailablePermissions()),
        rate.getNumberOfWaitingThreads(),
        slots.getAvailableConcurrentCalls(),
        slots.getMaxAllowedConcurrentCalls());
  }

  /** "ps: GET /psapi/v3/…" without the query string, which may carry credentials. */
  public String describe(HttpRequest request) {
    return connection + ": " + request.method() + " " + request.uri().getPath();
  }
}
