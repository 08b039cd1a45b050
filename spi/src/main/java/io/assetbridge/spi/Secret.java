package io.assetbridge.spi;

/** A credential from config; its text shows only through {@link #reveal()}, never in toString. */
public record Secret(String value) {

  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "***";
  }
}
