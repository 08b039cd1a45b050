package io.assetbridge.emulator.photoshelter.imaging;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

/**
 * A baseline JPEG encoder for pictures made of flat 8×8 blocks: each pixel of a small picture
 * becomes one block, so only DC coefficients are coded. It writes real, decodable JPEGs of 4000 px
 * in milliseconds, which keeps seeding hundreds of images fast.
 */
public final class BlockJpegEncoder {

  private static final int[] DC_BITS = {0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
  private static final int[] DC_CODES = canonicalCodes(DC_BITS);
  private static final int[] DC_LENGTHS = {2, 3, 3, 3, 3, 3, 4, 5, 6, 7, 8, 9};
  private static final int DC_QUANT = 8;

  private BlockJpegEncoder() {}

  /** Encodes {@code blocks} (at least ⌈width/8⌉ × ⌈height/8⌉ pixels) as a width×height JPEG. */
  public static byte[] encode(BufferedImage blocks, int width, int height) {
    int cols = (width + 7) / 8;
    int rows = (height + 7) / 8;
    int[] rgb = blocks.getRGB(0, 0, cols, rows, null, 0, cols);
    ByteArrayOutputStream out = new ByteArrayOutputStream(cols * rows * 2 + 1024);
    JpegMarkers.writeHeaders(out, width, height, DC_BITS, DC_QUANT);
    EntropyWriter bits = new EntropyWriter(out);
    int[] predictions = new int[3];
    for (int pixel : rgb) {
      int[] ycc = YCbCr.of(pixel);
      for (int c = 0; c < 3; c++) {
        int dc = ycc[c] - 128;
        writeDc(bits, dc - predictions[c]);
        predictions[c] = dc;
        bits.write(0, 1); // end of block: the AC table holds only EOB, coded "0"
      }
    }
    bits.flush();
    out.write(0xFF);
    out.write(0xD9);
    return out.toByteArray();
  }

  private static void writeDc(EntropyWriter bits, int diff) {
    int category = diff == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(Math.abs(diff));
    bits.write(DC_CODES[category], DC_LENGTHS[category]);
    if (category > 0) {
      bits.write(diff > 0 ? diff : diff + (1 << category) - 1, category);
    }
  }

  /** Canonical Huffman codes (JPEG Annex C) for symbols 0, 1, 2… in order. */
  private static int[] canonicalCodes(int[] bitsPerLength) {
    int[] codes = new int[12];
    int code = 0;
    int symbol = 0;
    for (int length = 1; length <= 16; length++) {
      for (int i = 0; i < bitsPerLength[length - 1]; i++) {
        codes[symbol++] = code++;
      }
      code <<= 1;
    }
    return codes;
  }
}
