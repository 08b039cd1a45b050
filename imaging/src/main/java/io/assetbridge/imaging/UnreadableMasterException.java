package io.assetbridge.imaging;

/**
 * The master is not an image we can decode (unknown format, corrupt or truncated data). Permanent:
 * retrying the same bytes cannot succeed.
 */
public class UnreadableMasterException extends IllegalArgumentException {
  public UnreadableMasterException(String message) {
    super(message);
  }

  public UnreadableMasterException(String message, Throwable cause) {
    super(message, cause);
  }
}
