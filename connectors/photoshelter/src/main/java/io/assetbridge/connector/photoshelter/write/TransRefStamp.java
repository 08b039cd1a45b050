package io.assetbridge.connector.photoshelter.write;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * Writes {@code trans_ref} (IPTC 2:103) into a JPEG while it streams (§7), so an upload that
 * crashes before its IPTC PATCH is still found by its external key. Only the leading APPn segments
 * are held (at most {@link #HEAD_LIMIT} bytes); the image data passes straight through. Anything
 * that is not a JPEG, or a head it cannot follow, passes unchanged.
 */
final class TransRefStamp {
  static final int HEAD_LIMIT = 1 << 20;
  private static final int SOI = 0xD8;
  private static final int APP13 = 0xED;
  private static final int COM = 0xFE;

  private TransRefStamp() {}

  static InputStream stamp(InputStream original, String transRef) throws IOException {
    BufferedInputStream in = new BufferedInputStream(original, 1 << 16);
    in.mark(2);
    if (in.read() != 0xFF || in.read() != SOI) {
      in.reset();
      return in;
    }
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    head.write(0xFF);
    head.write(SOI);
    while (head.size() < HEAD_LIMIT) {
      int lead = in.read();
      int marker = lead == 0xFF ? in.read() : -1;
      while (marker == 0xFF) {
        marker = in.read();
      }
      if (lead != 0xFF || marker < 0) {
        return joined(head, in, lead, marker); // no marker where one belongs: leave the rest alone
      }
      if (!isApp(marker) && marker != COM) {
        write(head, APP13, IptcSegment.fresh(transRef));
        return joined(head, in, 0xFF, marker);
      }
      int hi = in.read();
      int lo = in.read();
      int length = (hi << 8) | lo;
      byte[] payload = lo < 0 || length < 2 ? new byte[0] : in.readNBytes(length - 2);
      if (lo < 0 || length < 2 || payload.length < length - 2) {
        head.write(new byte[] {(byte) 0xFF, (byte) marker, (byte) hi, (byte) lo});
        head.write(payload);
        return joined(head, in, -1, -1); // a truncated file: the platform will judge it
      }
      if (marker == APP13 && IptcSegment.isPhotoshop(payload)) {
        write(head, APP13, IptcSegment.withTransRef(payload, transRef));
        return joined(head, in, -1, -1);
      }
      write(head, marker, payload);
    }
    return joined(head, in, -1, -1);
  }

  private static boolean isApp(int marker) {
    return marker >= 0xE0 && marker <= 0xEF;
  }

  private static void write(ByteArrayOutputStream out, int marker, byte[] payload) {
    int length = payload.length + 2;
    out.write(0xFF);
    out.write(marker);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.writeBytes(payload);
  }

  /** The held head, the bytes already read past it (-1: none), then the untouched rest. */
  private static InputStream joined(ByteArrayOutputStream head, InputStream rest, int a, int b) {
    if (a >= 0) {
      head.write(a);
    }
    if (b >= 0) {
      head.write(b);
    }
    return new SequenceInputStream(new ByteArrayInputStream(head.toByteArray()), rest);
  }
}
