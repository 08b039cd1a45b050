package io.assetbridge.imaging;

/** How a rendition's box of width × height is filled. */
public enum Fit {
  /** Fit within the box keeping the aspect ratio; never upscales. */
  INSIDE,
  /** Fill the box exactly keeping the aspect ratio, cropping around the focal point. */
  COVER,
  /** Exactly width × height, distorting if the aspect ratios differ. */
  EXACT
}
