package io.assetbridge.emulator.vip.http;

/**
 * A single {@code Range: bytes=...} request resolved against a length; multi-ranges are ignored.
 */
public record ByteRange(long start, long end) {

  /** The range asked for, null for the whole content, or a 416 problem when unsatisfiable. */
  public static ByteRange resolve(String header, long length) {
    if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
      return null;
    }
    String spec = header.substring("bytes=".length()).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    try {
      return dash == 0
          ? suffix(Long.parseLong(spec.substring(1)), length)
          : span(spec.substring(0, dash), spec.substring(dash + 1), length);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static ByteRange suffix(long count, long length) {
    if (count <= 0 || length == 0) {
      throw unsatisfiable(length);
    }
    return new ByteRange(Math.max(0, length - count), length - 1);
  }

  private static ByteRange span(String first, String last, long length) {
    long start = Long.parseLong(first);
    long end = last.isEmpty() ? Long.MAX_VALUE : Long.parseLong(last);
    if (end < start) {
      return null;
    }
    if (start >= length) {
      throw unsatisfiable(length);
    }
    return new ByteRange(start, Math.min(end, length - 1));
  }

  private static Problem unsatisfiable(long length) {
    return new Problem(
            ProblemType.RANGE_NOT_SATISFIABLE, "the range lies beyond " + length + " bytes")
        .header("Content-Range", "bytes */" + length);
  }

  public long length() {
    return end - start + 1;
  }
}
