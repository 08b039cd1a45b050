package io.assetbridge.connector.photoshelter.changes;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The saved position of change listing. {@code 2024-05-02T09:15:40Z} is the largest {@code
 * modified_at} seen (the next pass reaches back by the overlap); {@code from:2024-05-02T09:15:40Z}
 * starts exactly there ({@code sync --since}).
 */
public record PollCursor(Instant at, boolean exact) {
  private static final String EXACT = "from:";

  public static PollCursor parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    boolean exact = text.startsWith(EXACT);
    try {
      return new PollCursor(Instant.parse(exact ? text.substring(EXACT.length()) : text), exact);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a PhotoShelter cursor; expected an ISO instant", e);
    }
  }

  public String text() {
    return exact ? EXACT + at : at.toString();
  }
}
