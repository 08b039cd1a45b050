package io.assetbridge.connector.photoshelter;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hand-written fake for answers the emulator never gives (bodies that are not JSON, v3 errors
 * inside HTTP 200): each path answers a scripted status and body; logging in works by default.
 */
final class ScriptedPlatform implements AutoCloseable {
  record Answer(int status, String body) {}

  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, Integer> hits = new ConcurrentHashMap<>();
  private final HttpServer server;

  ScriptedPlatform() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    answer(
        "/psapi/v3/mem/authenticate",
        200,
        "{\"status\":\"ok\",\"data\":{\"token\":\"tok\",\"org\":[{\"id\":\"O0000c1x4UMGPvkY\",\"name\":\"A\",\"member\":\"t\"}]}}");
    answer(
        "/psapi/v3/mem/organization/O0000c1x4UMGPvkY/authenticate",
        200,
        "{\"status\":\"ok\",\"data\":{}}");
    answer(
        "/psapi/v3/mem/user/session",
        200,
        "{\"status\":\"ok\",\"data\":{\"Session\":{\"user_id\":\"U\",\"tz\":\"Europe/Berlin\"}}}");
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          hits.merge(path, 1, Integer::sum);
          Answer a = answers.getOrDefault(path, new Answer(404, "{}"));
          byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
          exchange.getRequestBody().readAllBytes();
          if (a.body().startsWith("{")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
          }
          exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  ScriptedPlatform answer(String path, int status, String body) {
    answers.put(path, new Answer(status, body));
    return this;
  }

  int hits(String path) {
    return hits.getOrDefault(path, 0);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
