package io.assetbridge.emulator.vip.files;

import java.io.IOException;
import java.io.RandomAccessFile;

/** Reads {width, height} from image headers; null when the header is not understood. */
final class ImageSize {
  private ImageSize() {}

  static int[] png(RandomAccessFile file) throws IOException {
    file.seek(16);
    return size(file.readInt(), file.readInt());
  }

  static int[] gif(RandomAccessFile file) throws IOException {
    file.seek(6);
    return size(littleShort(file), littleShort(file));
  }

  static int[] bmp(RandomAccessFile file) throws IOException {
    file.seek(18);
    return size(littleInt(file), Math.abs(littleInt(file)));
  }

  /** Walks the JPEG markers to the first start-of-frame, skipping APPn and other segments. */
  static int[] jpeg(RandomAccessFile file) throws IOException {
    file.seek(2);
    while (file.getFilePointer() < file.length()) {
      if (file.readUnsignedByte() != 0xFF) {
        return null;
      }
      int marker = file.readUnsignedByte();
      while (marker == 0xFF) {
        marker = file.readUnsignedByte();
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        continue;
      }
      int length = file.readUnsignedShort();
      if (length < 2) {
        return null;
      }
      if (isStartOfFrame(marker)) {
        file.skipBytes(1);
        int height = file.readUnsignedShort();
        return size(file.readUnsignedShort(), height);
      }
      file.seek(file.getFilePointer() + length - 2);
    }
    return null;
  }

  private static boolean isStartOfFrame(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }

  /** WebP: lossy (VP8), lossless (VP8L) and extended (VP8X) headers. */
  static int[] webp(RandomAccessFile file) throws IOException {
    byte[] head = new byte[30];
    file.seek(0);
    file.readFully(head);
    String chunk = new String(head, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
    return switch (chunk) {
      case "VP8 " -> size(u16(head, 26) & 0x3FFF, u16(head, 28) & 0x3FFF);
      case "VP8L" -> {
        int b1 = u8(head, 22);
        int b2 = u8(head, 23);
        int b3 = u8(head, 24);
        yield size(
            1 + (u8(head, 21) | (b1 & 0x3F) << 8), 1 + (b1 >> 6 | b2 << 2 | (b3 & 0x0F) << 10));
      }
      case "VP8X" -> size(1 + u24(head, 24), 1 + u24(head, 27));
      default -> null;
    };
  }

  private static int[] size(int width, int height) {
    return width > 0 && height > 0 ? new int[] {width, height} : null;
  }

  private static int u8(byte[] bytes, int at) {
    return bytes[at] & 0xFF;
  }

  private static int u16(byte[] bytes, int at) {
    return u8(bytes, at) | u8(bytes, at + 1) << 8;
  }

  private static int u24(byte[] bytes, int at) {
    return u16(bytes, at) | u8(bytes, at + 2) << 16;
  }

  private static int littleShort(RandomAccessFile file) throws IOException {
    int low = file.readUnsignedByte();
    return low | file.readUnsignedByte() << 8;
  }

  private static int littleInt(RandomAccessFile file) throws IOException {
    return littleShort(file) | littleShort(file) << 16;
  }
}
