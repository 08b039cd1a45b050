package io.assetbridge.emulator.photoshelter.imaging;

import java.io.ByteArrayOutputStream;

/** Packs Huffman bits MSB first, stuffing a zero byte after every 0xFF as JPEG requires. */
final class EntropyWriter {

  private final ByteArrayOutputStream out;
  private long buffer;
  private int count;

  EntropyWriter(ByteArrayOutputStream out) {
    this.out = out;
  }

  void write(int value, int length) {
    buffer = (buffer << length) | (value & ((1L << length) - 1));
    count += length;
    while (count >= 8) {
      int b = (int) (buffer >> (count - 8)) & 0xFF;
      out.write(b);
      if (b == 0xFF) {
        out.write(0);
      }
      count -= 8;
    }
  }

  /** Pads the last byte with one-bits. */
  void flush() {
    if (count > 0) {
      write((1 << (8 - count)) - 1, 8 - count);
    }
  }
}
