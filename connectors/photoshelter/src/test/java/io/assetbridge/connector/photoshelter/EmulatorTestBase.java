package io.assetbridge.connector.photoshelter;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.photoshelter.PhotoShelterEmulator;
import io.assetbridge.spi.ConnectionSettings;
import io.assetbridge.spi.Secret;
import io.assetbridge.testkit.SettableClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs the connector against the real emulator over HTTP: one emulator per test class on port 0,
 * reset before each test; connectors made here are closed after it.
 */
abstract class EmulatorTestBase {
  static PhotoShelterEmulator emulator;
  static EmulatorDriver driver;
  final SettableClock clock = SettableClock.at("2024-05-02T12:00:00Z");
  final List<PhotoShelterConnector> opened = new ArrayList<>();
  JsonNode library;

  @BeforeAll
  static void startEmulator() {
    emulator = PhotoShelterEmulator.start(0);
    driver = new EmulatorDriver(emulator.baseUrl());
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void resetEmulator() {
    library = driver.reset();
  }

  @AfterEach
  void closeConnectors() {
    driver.clearFaults();
    opened.forEach(PhotoShelterConnector::close);
  }

  /** The emulator's default account, with {@code overrides} on top (null values remove). */
  Map<String, Object> settings(Map<String, Object> overrides) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("baseUrl", driver.baseUrl());
    values.put("apiKey", new Secret("emu-api-key"));
    values.put("email", "editor@example.com");
    values.put("password", new Secret("emu-password"));
    values.put("orgId", "O0000c1x4UMGPvkY");
    values.put("uploadGallery", "Inbox");
    values.put("limits", Map.of("perSecond", 1000, "concurrent", 16, "timeoutSeconds", 20));
    overrides.forEach(
        (k, v) -> {
          if (v == null) {
            values.remove(k);
          } else {
            values.put(k, v);
          }
        });
    return values;
  }

  PhotoShelterConnector connector() {
    return connector(Map.of());
  }

  PhotoShelterConnector connector(Map<String, Object> overrides) {
    var settings = new ConnectionSettings("ps", settings(overrides), clock);
    var connector = (PhotoShelterConnector) new PhotoShelterConnectorProvider().create(settings);
    opened.add(connector);
    return connector;
  }

  String galleryId(String name) {
    return library.path("galleries").path(name).asText();
  }
}
