package io.assetbridge.emulator.vip;

import java.time.InstantSource;

/**
 * How to start a {@link VipEmulator}: the port (0 for any free one), the upload limit (§2 {@code
 * too-large}), the clock every time-dependent rule reads, and the first accepted token.
 */
public record EmulatorSettings(int port, long maxFileBytes, InstantSource clock, String token) {
  public static final long DEFAULT_MAX_FILE_BYTES = 256L * 1024 * 1024;
  public static final String DEFAULT_TOKEN = "emulator-token";

  public static EmulatorSettings onPort(int port) {
    return new EmulatorSettings(
        port, DEFAULT_MAX_FILE_BYTES, InstantSource.system(), DEFAULT_TOKEN);
  }

  public EmulatorSettings withMaxFileBytes(long bytes) {
    return new EmulatorSettings(port, bytes, clock, token);
  }

  public EmulatorSettings withClock(InstantSource source) {
    return new EmulatorSettings(port, maxFileBytes, source, token);
  }

  public EmulatorSettings withToken(String accepted) {
    return new EmulatorSettings(port, maxFileBytes, clock, accepted);
  }
}
