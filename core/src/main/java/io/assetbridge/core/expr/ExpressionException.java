package io.assetbridge.core.expr;

/** A CEL expression that compiled but failed on one asset (e.g. a tag the asset does not have). */
public final class ExpressionException extends RuntimeException {
  public ExpressionException(String message, Throwable cause) {
    super(message, cause);
  }
}
