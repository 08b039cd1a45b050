package io.assetbridge.connector.netx;

import io.assetbridge.emulator.netx.NetxEmulator;
import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Starts one NetX emulator on port 0 per class and resets it before each test. */
abstract class EmulatorTestBase {
  static NetxEmulator emulator;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startEmulator() {
    emulator = NetxEmulator.start(0);
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void reset() {
    admin("POST", "/_emulator/reset", "");
  }

  NetxConnector connector() {
    return connector(Map.of());
  }

  NetxConnector connector(Map<String, Object> extra) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("baseUrl", emulator.baseUrl());
    values.put("token", new Secret("emulator-token"));
    values.put("webhookSecret", new Secret("netx-hook-secret"));
    values.putAll(extra);
    return (NetxConnector)
        new NetxConnectorProvider()
            .create(new ConnectionSettings("netx", values, InstantSource.system()));
  }

  static String admin(String method, String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() >= 300) {
        throw new AssertionError(method + " " + path + " → " + r.statusCode() + " " + r.body());
      }
      return r.body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static String seed(String assetsJson) {
    return admin("POST", "/_emulator/seed", "{\"assets\":[" + assetsJson + "]}");
  }

  static String journal() {
    return admin("GET", "/_emulator/journal?limit=1000", "");
  }
}
