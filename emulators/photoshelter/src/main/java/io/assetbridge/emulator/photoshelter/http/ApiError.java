package io.assetbridge.emulator.photoshelter.http;

/** The error conditions of contract §9 with their v3 and v4 renderings. */
public enum ApiError {
  API_KEY(403, "ApiKeyInvalidErr", 403, "ApiKeyInvalidException", "Invalid API key"),
  WRONG_PASSWORD(400, "AuthInvalidPasswordErr", 400, "BadRequestException", "Invalid password"),
  UNKNOWN_LOGIN(400, "AuthInvalidLoginErr", 400, "BadRequestException", "Invalid login"),
  SESSION(401, "SessionExpiredErr", 401, "AcsPermissionException", "Session expired"),
  PERMISSION(403, "PermissionDeniedErr", 401, "AcsPermissionException", "Permission denied"),
  NOT_FOUND(404, "NotFoundErr", 404, "ResourceNotFoundException", "Resource not found"),
  BAD_PARAM(400, "InvalidParamErr", 400, "BadRequestException", "Bad request"),
  RATE_LIMIT(429, "RateLimitErr", 429, "TooManyRequestsException", "Too many requests");

  private final int v3Status;
  private final String v3Class;
  private final int v4Status;
  private final String v4Id;
  private final String title;

  ApiError(int v3Status, String v3Class, int v4Status, String v4Id, String title) {
    this.v3Status = v3Status;
    this.v3Class = v3Class;
    this.v4Status = v4Status;
    this.v4Id = v4Id;
    this.title = title;
  }

  public int v3Status() {
    return v3Status;
  }

  public String v3Class() {
    return v3Class;
  }

  public int v4Status() {
    return v4Status;
  }

  public String v4Id() {
    return v4Id;
  }

  public String title() {
    return title;
  }
}
