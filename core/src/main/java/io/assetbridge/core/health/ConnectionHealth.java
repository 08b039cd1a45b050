package io.assetbridge.core.health;

import java.time.Instant;

/**
 * One connection's last contact: when an API call last succeeded, when one last failed and why (the
 * message names the call, never a credential), counts since the engine started, and its rate-limit
 * state ({@code null} until its client exists). Null instants mean "not yet".
 */
public record ConnectionHealth(
    String connection,
    Instant lastSuccessAt,
    Instant lastErrorAt,
    String lastError,
    long calls,
    long errors,
    RateLimitState limits) {

  static ConnectionHealth untouched(String connection) {
    return new ConnectionHealth(connection, null, null, null, 0, 0, null);
  }

  ConnectionHealth succeeded(Instant at) {
    return new ConnectionHealth(connection, at, lastErrorAt, lastError, calls + 1, errors, limits);
  }

  ConnectionHealth failed(Instant at, String error) {
    return new ConnectionHealth(
        connection, lastSuccessAt, at, error, calls + 1, errors + 1, limits);
  }

  ConnectionHealth withLimits(RateLimitState state) {
    return new ConnectionHealth(
        connection, lastSuccessAt, lastErrorAt, lastError, calls, errors, state);
  }
}
