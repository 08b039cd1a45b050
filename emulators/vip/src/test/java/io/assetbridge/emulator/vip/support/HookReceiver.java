package io.assetbridge.emulator.vip.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** A webhook endpoint for tests: records each request, answers with the status it is told. */
public final class HookReceiver implements AutoCloseable {
  /** One received request: headers (first values) and the raw body. */
  public record Received(String path, Map<String, String> headers, byte[] body) {}

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  public HookReceiver(IntSupplier status) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
          exchange
              .getRequestHeaders()
              .forEach((name, values) -> headers.put(name, values.getFirst()));
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
          int code = status.getAsInt();
          if (code == 302) {
            exchange.getResponseHeaders().add("Location", "/elsewhere");
          }
          exchange.sendResponseHeaders(code, -1);
          exchange.close();
        });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/vip";
  }

  public Received next() throws InterruptedException {
    Received next = received.poll(5, TimeUnit.SECONDS);
    if (next == null) {
      throw new AssertionError("no webhook arrived within 5 s");
    }
    return next;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
