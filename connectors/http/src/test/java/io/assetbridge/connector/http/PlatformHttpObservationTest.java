package io.assetbridge.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.assetbridge.connector.http.HttpCallListener.Direction;
import io.assetbridge.spi.RetryableException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listeners hear every call, its outcome and its body bytes, over real HTTP on port 0. */
class PlatformHttpObservationTest {
  private final List<HttpCall> calls = new CopyOnWriteArrayList<>();
  private final Map<Direction, AtomicLong> bytes = new ConcurrentHashMap<>();
  private HttpServer server;
  private AutoCloseable registration;
  private PlatformHttp http;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] in = exchange.getRequestBody().readAllBytes();
          String path = exchange.getRequestURI().getPath();
          int status = path.equals("/missing") ? 404 : path.equals("/broken") ? 503 : 200;
          byte[] body = ("{\"got\":" + in.length + "}").getBytes();
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    registration =
        HttpObservers.register(
            new HttpCallListener() {
              @Override
              public void called(HttpCall call) {
                if (call.connection().equals("obs")) {
                  calls.add(call);
                }
              }

              @Override
              public void transferred(String connection, Direction direction, long n) {
                if (connection.equals("obs")) {
                  bytes.computeIfAbsent(direction, d -> new AtomicLong()).addAndGet(n);
                }
              }
            });
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    http =
        new PlatformHttp(
            "obs", base, new HttpLimits(50, 3, Duration.ofSeconds(2), Duration.ofSeconds(5)));
  }

  @AfterEach
  void stop() throws Exception {
    registration.close();
    server.stop(0);
  }

  @Test
  void callsOutcomesAndStreamedBytesAreReported() throws Exception {
    byte[] upload = new byte[10_000];
    http.send(
        http.request("/upload?apiKey=secret-in-query")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(upload)))
            .build(),
        BodyHandlers.ofString());
    try (InputStream in =
        http.send(http.request("/read").build(), BodyHandlers.ofInputStream()).body()) {
      in.readAllBytes();
    }
    http.send(http.request("/missing").build(), BodyHandlers.ofString());
    http.send(http.request("/broken").build(), BodyHandlers.ofString());

    assertThat(calls)
        .extracting(HttpCall::method, HttpCall::path, HttpCall::status, HttpCall::failed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("POST", "/upload", 200, false),
            org.assertj.core.groups.Tuple.tuple("GET", "/read", 200, false),
            org.assertj.core.groups.Tuple.tuple("GET", "/missing", 404, false),
            org.assertj.core.groups.Tuple.tuple("GET", "/broken", 503, true));
    assertThat(calls.get(3).error()).isEqualTo("obs: GET /broken answered HTTP 503");
    assertThat(calls).allSatisfy(c -> assertThat(c.toString()).doesNotContain("secret-in-query"));
    assertThat(bytes.get(Direction.OUT).get()).isEqualTo(10_000);
    assertThat(bytes.get(Direction.IN).get()).isPositive();
  }

  @Test
  void aConnectionThatFailsIsReportedAndItsLimitsAreVisible() {
    server.stop(0);
    assertThatThrownBy(() -> http.send(http.request("/gone").build(), BodyHandlers.ofString()))
        .isInstanceOf(RetryableException.class);
    assertThat(calls)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.status()).isZero();
              assertThat(c.error()).startsWith("obs: GET /gone failed");
            });
    LimitState limits = HttpObservers.limitStates().get("obs");
    assertThat(limits.maxSlots()).isEqualTo(3);
    assertThat(limits.freeSlots()).isEqualTo(3);
    assertThat(limits.waitingForPermission()).isZero();
  }
}
