package io.assetbridge.emulator.vip.support;

import io.assetbridge.emulator.vip.EmulatorSettings;
import io.assetbridge.emulator.vip.VipEmulator;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One emulator per test class on port 0 with a settable clock, reset before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EmulatorTest {
  protected final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T12:00:00Z"));
  protected VipEmulator emulator;
  protected VipClient client;

  protected EmulatorSettings settings() {
    return EmulatorSettings.onPort(0).withClock(clock);
  }

  @BeforeAll
  void startEmulator() {
    emulator = VipEmulator.start(settings());
    client = new VipClient(emulator.baseUrl());
  }

  @AfterAll
  void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void resetEmulator() {
    clock.set(Instant.parse("2025-03-03T12:00:00Z"));
    client.postJson("/_emulator/reset", "{}");
  }

  protected Reply createAsset(
      String metadataJson, String fileName, byte[] bytes, String... headers) {
    Multipart body =
        new Multipart().json("metadata", metadataJson).file("file", fileName, "image/jpeg", bytes);
    return client.post("/api/v1/assets", body, headers);
  }

  protected String newAsset(String metadataJson) {
    return createAsset(metadataJson, "a.jpg", Images.jpeg(40, 30)).json().get("id").asText();
  }

  /** Seeds recipients daily (press-portal, EMEA), wire (email), cms1 (cms) and list "press". */
  protected Reply seedPress() {
    return client.postJson(
        "/_emulator/seed",
        """
        {"recipients":[
          {"key":"daily","name":"Example Daily – Photo Desk","organization":"Example Daily",
           "channel":"press-portal","address":"exampledaily","regions":["EMEA"],"markets":["DE"]},
          {"key":"weekly","name":"Weekly Desk","organization":"Weekly News",
           "channel":"press-portal","address":"weekly","regions":["AMER"],"markets":["US"]},
          {"key":"wire","name":"Wire Desk","organization":"Wire","channel":"email",
           "address":"desk@wire.example"},
          {"key":"old","name":"Old Desk","organization":"Old","channel":"press-portal",
           "address":"old","active":false}],
         "lists":[{"name":"EMEA press","description":"Press partners","members":["daily","weekly","wire","old"]},
                  {"name":"Mail only","members":["wire"]}]}
        """);
  }
}
