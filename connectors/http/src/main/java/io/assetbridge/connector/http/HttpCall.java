package io.assetbridge.connector.http;

import java.time.Duration;

/**
 * One finished API call of a connection: {@code status} is 0 when no answer came, {@code error}
 * says why (a status line or the I/O failure) and is null for a 2xx/3xx answer. The path has no
 * query string, which may carry credentials.
 */
public record HttpCall(
    String connection, String method, String path, int status, Duration took, String error) {

  public boolean failed() {
    return error != null;
  }
}
