package io.assetbridge.emulator.vip.http;

/** The problem types of the contract's §2, each with its default status and title. */
public enum ProblemType {
  INVALID_REQUEST(400, "invalid-request", "Invalid request"),
  UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
  FORBIDDEN(403, "forbidden", "Forbidden"),
  NOT_FOUND(404, "not-found", "Not found"),
  IDEMPOTENCY_KEY_REUSED(409, "idempotency-key-reused", "Idempotency key reused"),
  IDEMPOTENCY_KEY_IN_PROGRESS(409, "idempotency-key-in-progress", "Idempotency key in progress"),
  EXTERNAL_REF_TAKEN(409, "external-ref-taken", "External reference already taken"),
  ALREADY_ACKNOWLEDGED(409, "already-acknowledged", "Submission already acknowledged"),
  ILLEGAL_TRANSITION(409, "illegal-transition", "Illegal status transition"),
  CURSOR_EXPIRED(410, "cursor-expired", "Cursor expired"),
  VERSION_MISMATCH(412, "version-mismatch", "Version mismatch"),
  TOO_LARGE(413, "too-large", "Too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  RANGE_NOT_SATISFIABLE(416, "range-not-satisfiable", "Range not satisfiable"),
  INVALID_REFERENCE(422, "invalid-reference", "Invalid reference"),
  EMBARGOED(422, "embargoed", "Asset is under embargo"),
  EXPIRED(422, "expired", "Asset has expired"),
  CHANNEL_MISMATCH(422, "channel-mismatch", "Recipient not on channel"),
  NO_RECIPIENTS(422, "no-recipients", "No recipients on channel"),
  RATE_LIMITED(429, "rate-limited", "Too many requests"),
  INTERNAL(500, "internal", "Internal server error"),
  UNAVAILABLE(503, "unavailable", "Service unavailable");

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String uri() {
    return "urn:vip:problem:" + slug;
  }
}
