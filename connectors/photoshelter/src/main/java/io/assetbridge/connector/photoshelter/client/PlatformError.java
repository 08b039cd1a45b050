package io.assetbridge.connector.photoshelter.client;

/**
 * The platform's own words for a failure: v3 {@code error.class}/{@code message} or v4 {@code
 * errors[0].id}/{@code title}/{@code detail} (contract §9).
 */
public record PlatformError(int status, String id, String message) {

  /** A 401 after login, or a v3 class naming the session: answered by one re-login (§2, Cl. 5). */
  public boolean isSessionError() {
    return status == 401 || (id != null && id.contains("Session"));
  }

  public String detail() {
    if (id == null) {
      return message;
    }
    return message == null || message.isBlank() ? id : id + ": " + message;
  }
}
