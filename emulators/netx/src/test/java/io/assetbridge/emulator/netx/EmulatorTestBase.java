package io.assetbridge.emulator.netx;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One emulator per test class, reset before each test. */
abstract class EmulatorTestBase {

  static NetxEmulator emulator;
  NetxClient client;

  @BeforeAll
  static void startEmulator() {
    emulator = NetxEmulator.start(0);
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void reset() throws Exception {
    client = new NetxClient(emulator.baseUrl());
    client.admin("POST", "/reset", null);
  }
}
