package io.assetbridge.emulator.photoshelter.state;

import java.time.ZoneId;

/** Account settings chosen at reset; every key of {@code POST /_emulator/reset} lives here. */
public record Settings(
    String apiKey,
    String email,
    String password,
    String orgId,
    String orgName,
    String userId,
    ZoneId tz,
    String oauthToken,
    long sessionIdleSeconds) {

  public static Settings defaults() {
    return new Settings(
        "emu-api-key",
        "editor@example.com",
        "emu-password",
        "O0000c1x4UMGPvkY",
        "Acme Brands",
        "U0000EmulatedUsr",
        ZoneId.of("America/New_York"),
        "emu-oauth-token",
        7200);
  }
}
