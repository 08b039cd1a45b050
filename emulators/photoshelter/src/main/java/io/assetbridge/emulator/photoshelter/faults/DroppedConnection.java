package io.assetbridge.emulator.photoshelter.faults;

/** Stops a request whose connection was dropped before it could take effect. */
public final class DroppedConnection extends RuntimeException {

  public DroppedConnection() {
    super("connection dropped by fault injection", null, false, false);
  }
}
