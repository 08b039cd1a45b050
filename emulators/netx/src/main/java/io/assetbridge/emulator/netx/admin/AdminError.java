package io.assetbridge.emulator.netx.admin;

/** A malformed {@code /_emulator/} request: answered 400 with what to fix. */
public final class AdminError extends RuntimeException {
  public AdminError(String message) {
    super(message, null, false, false);
  }
}
