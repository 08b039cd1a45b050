package io.assetbridge.emulator.vip.files;

import java.io.IOException;
import java.io.RandomAccessFile;

/** Reads ImageWidth (256) and ImageLength (257) from a TIFF's first directory. */
final class TiffSize {
  private final RandomAccessFile file;
  private final boolean little;

  private TiffSize(RandomAccessFile file, boolean little) {
    this.file = file;
    this.little = little;
  }

  static int[] read(RandomAccessFile file) throws IOException {
    file.seek(0);
    TiffSize tiff = new TiffSize(file, file.readUnsignedByte() == 'I');
    return tiff.firstDirectory();
  }

  private int[] firstDirectory() throws IOException {
    file.seek(4);
    file.seek(u32());
    int entries = u16();
    int width = 0;
    int height = 0;
    for (int i = 0; i < entries; i++) {
      int tag = u16();
      int type = u16();
      file.skipBytes(4);
      int value = type == 3 ? u16Padded() : (int) u32();
      if (tag == 256) {
        width = value;
      } else if (tag == 257) {
        height = value;
      }
    }
    return width > 0 && height > 0 ? new int[] {width, height} : null;
  }

  private int u16Padded() throws IOException {
    int value = u16();
    file.skipBytes(2);
    return value;
  }

  private int u16() throws IOException {
    int a = file.readUnsignedByte();
    int b = file.readUnsignedByte();
    return little ? a | b << 8 : a << 8 | b;
  }

  private long u32() throws IOException {
    long a = u16();
    long b = u16();
    return little ? a | b << 16 : a << 16 | b;
  }
}
