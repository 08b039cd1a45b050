package io.assetbridge.emulator.vip.multipart;

import io.assetbridge.emulator.vip.http.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Scans a multipart stream for its delimiter through one fixed buffer. */
final class BoundaryScanner {
  private static final int MAX_HEADER_BYTES = 16 * 1024;
  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private boolean eof;

  BoundaryScanner(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    // a leading CRLF lets a body that opens with the boundary match the delimiter too
    buf[0] = '\r';
    buf[1] = '\n';
    limit = 2;
  }

  void skipToDelimiter() throws IOException {
    copyToDelimiter(OutputStream.nullOutputStream(), Long.MAX_VALUE);
  }

  /** Copies up to the next delimiter; returns the count, or max + 1 as soon as it exceeds max. */
  long copyToDelimiter(OutputStream out, long max) throws IOException {
    long total = 0;
    while (true) {
      int found = indexOfDelimiter();
      int end = found >= 0 ? found : Math.max(pos, limit - delimiter.length + 1);
      int count = end - pos;
      if (total + count > max) {
        return max + 1;
      }
      out.write(buf, pos, count);
      total += count;
      pos = end;
      if (found >= 0) {
        pos += delimiter.length;
        return total;
      }
      if (eof) {
        throw Problem.invalid("the multipart body ends before its closing boundary");
      }
      fill();
    }
  }

  /** After a delimiter: true when a part follows, false at the closing {@code --}. */
  boolean nextPartFollows() throws IOException {
    if (ensure(2) && buf[pos] == '-' && buf[pos + 1] == '-') {
      return false;
    }
    while (ensure(1) && (buf[pos] == ' ' || buf[pos] == '\t')) {
      pos++;
    }
    if (ensure(2) && buf[pos] == '\r' && buf[pos + 1] == '\n') {
      pos += 2;
      return true;
    }
    throw Problem.invalid("malformed multipart body: a boundary is not followed by CRLF or --");
  }

  Map<String, String> readHeaders() throws IOException {
    Map<String, String> headers = new HashMap<>();
    int total = 0;
    while (true) {
      int eol = indexOfCrlf();
      while (eol < 0) {
        if (eof || limit - pos > MAX_HEADER_BYTES) {
          throw Problem.invalid("malformed multipart body: part headers do not end");
        }
        fill();
        eol = indexOfCrlf();
      }
      String line = new String(buf, pos, eol - pos, StandardCharsets.UTF_8);
      pos = eol + 2;
      total += line.length();
      if (line.isEmpty()) {
        return headers;
      }
      if (total > MAX_HEADER_BYTES) {
        throw Problem.invalid("malformed multipart body: part headers are too long");
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
  }

  private boolean ensure(int count) throws IOException {
    while (limit - pos < count && !eof) {
      fill();
    }
    return limit - pos >= count;
  }

  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    int read = in.read(buf, limit, buf.length - limit);
    if (read < 0) {
      eof = true;
    } else {
      limit += read;
    }
  }

  private int indexOfDelimiter() {
    outer:
    for (int i = pos; i <= limit - delimiter.length; i++) {
      for (int j = 0; j < delimiter.length; j++) {
        if (buf[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private int indexOfCrlf() {
    for (int i = pos; i < limit - 1; i++) {
      if (buf[i] == '\r' && buf[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
