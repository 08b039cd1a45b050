package io.assetbridge.emulator.photoshelter.imaging;

import java.io.ByteArrayOutputStream;

/** The marker segments of a baseline, 3-component, unsubsampled JFIF file. */
final class JpegMarkers {

  private JpegMarkers() {}

  static void writeHeaders(
      ByteArrayOutputStream out, int width, int height, int[] dcBits, int dcQuant) {
    bytes(out, 0xFF, 0xD8);
    bytes(out, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0);
    bytes(out, 0xFF, 0xDB, 0, 67, 0, dcQuant);
    for (int i = 1; i < 64; i++) {
      out.write(16);
    }
    bytes(out, 0xFF, 0xC0, 0, 17, 8, height >> 8, height & 0xFF, width >> 8, width & 0xFF, 3);
    bytes(out, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0);
    bytes(out, 0xFF, 0xC4, 0, 49, 0x00);
    for (int b : dcBits) {
      out.write(b);
    }
    for (int symbol = 0; symbol < 12; symbol++) {
      out.write(symbol);
    }
    out.write(0x10);
    out.write(1); // one code of length 1 ...
    for (int i = 1; i < 16; i++) {
      out.write(0);
    }
    out.write(0x00); // ... for EOB, the only AC symbol a flat block needs
    bytes(out, 0xFF, 0xDA, 0, 12, 3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0);
  }

  private static void bytes(ByteArrayOutputStream out, int... values) {
    for (int v : values) {
      out.write(v);
    }
  }
}
