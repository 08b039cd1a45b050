package io.assetbridge.emulator.netx.query;

/** A query the grammar of contract §5 does not allow; answered with -32602. */
public final class InvalidQuery extends RuntimeException {
  public InvalidQuery(String message) {
    super(message);
  }
}
