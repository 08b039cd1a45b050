package io.assetbridge.emulator.photoshelter.imaging;

/** JFIF colour conversion from packed RGB. */
final class YCbCr {

  private YCbCr() {}

  static int[] of(int rgb) {
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    int y = (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    int cb = (int) Math.round(-0.168736 * r - 0.331264 * g + 0.5 * b + 128);
    int cr = (int) Math.round(0.5 * r - 0.418688 * g - 0.081312 * b + 128);
    return new int[] {clamp(y), clamp(cb), clamp(cr)};
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
