package io.assetbridge.emulator.photoshelter.faults;

/** Ends a request with an injected 5xx. */
public final class InjectedServerError extends RuntimeException {

  private final int status;

  public InjectedServerError(int status) {
    super("injected server error", null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
