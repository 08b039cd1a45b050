package io.assetbridge.emulator.photoshelter.http;

/**
 * Ends a request with a §9 error; {@link ErrorBodies} renders it for the surface that was called.
 */
public final class ApiException extends RuntimeException {

  private final ApiError error;
  private final int retryAfterSeconds;

  public ApiException(ApiError error, String message) {
    this(error, message, 0);
  }

  public ApiException(ApiError error, String message, int retryAfterSeconds) {
    super(message, null, false, false);
    this.error = error;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static ApiException badParam(String message) {
    return new ApiException(ApiError.BAD_PARAM, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(ApiError.NOT_FOUND, message);
  }

  public ApiError error() {
    return error;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
