package io.assetbridge.emulator.netx.state;

/** An edit the catalog refuses: an unknown attribute label or a value it does not accept. */
public final class InvalidEdit extends RuntimeException {
  public InvalidEdit(String message) {
    super(message);
  }
}
