package io.assetbridge.emulator.photoshelter.faults;

/**
 * What happens to one request.
 *
 * @param delayMs latency to add before anything else
 * @param retryAfterS the {@code Retry-After} of a 429
 * @param status the HTTP status of a 5xx
 */
public record Fault(Kind kind, long delayMs, int retryAfterS, int status) {

  /** The outcomes; the journal shows {@link #label()}. */
  public enum Kind {
    NONE(null),
    DROP_BEFORE("drop_before"),
    DROP_AFTER("drop_after"),
    SERVER_ERROR("5xx"),
    TOO_MANY("429"),
    RATE_LIMITED("rate_limit");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public static final Fault NONE = new Fault(Kind.NONE, 0, 0, 0);
}
