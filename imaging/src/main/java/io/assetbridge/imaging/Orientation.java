package io.assetbridge.imaging;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;

/** The eight EXIF orientations: how stored pixels must be turned to show the picture upright. */
enum Orientation {
  NORMAL,
  MIRROR_HORIZONTAL,
  ROTATE_180,
  MIRROR_VERTICAL,
  TRANSPOSE,
  ROTATE_90_CW,
  TRANSVERSE,
  ROTATE_270_CW;

  /** EXIF tag 274 values 1..8; anything else is treated as upright. */
  static Orientation fromExif(int value) {
    return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
  }

  boolean swapsSides() {
    return ordinal() >= TRANSPOSE.ordinal();
  }

  Dimension upright(Dimension stored) {
    return swapsSides() ? new Dimension(stored.height, stored.width) : stored;
  }

  /** Maps a region of the upright picture back to the stored pixels it comes from. */
  Rectangle toStored(Rectangle upright, Dimension stored) {
    try {
      AffineTransform back = toUpright(stored.width, stored.height).createInverse();
      return back.createTransformedShape(upright).getBounds();
    } catch (NoninvertibleTransformException e) {
      throw new IllegalStateException("orientation transforms are always invertible", e);
    }
  }

  /** Turns stored pixels upright; cheap because it runs on the already scaled rendition. */
  BufferedImage apply(BufferedImage stored) {
    if (this == NORMAL) {
      return stored;
    }
    Dimension size = upright(new Dimension(stored.getWidth(), stored.getHeight()));
    BufferedImage target = new BufferedImage(size.width, size.height, stored.getType());
    AffineTransform turn = toUpright(stored.getWidth(), stored.getHeight());
    return new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR)
        .filter(stored, target);
  }

  /** Stored (x, y) to upright coordinates, for a stored picture of w × h. */
  private AffineTransform toUpright(int w, int h) {
    return switch (this) {
      case NORMAL -> new AffineTransform();
      case MIRROR_HORIZONTAL -> new AffineTransform(-1, 0, 0, 1, w, 0);
      case ROTATE_180 -> new AffineTransform(-1, 0, 0, -1, w, h);
      case MIRROR_VERTICAL -> new AffineTransform(1, 0, 0, -1, 0, h);
      case TRANSPOSE -> new AffineTransform(0, 1, 1, 0, 0, 0);
      case ROTATE_90_CW -> new AffineTransform(0, 1, -1, 0, h, 0);
      case TRANSVERSE -> new AffineTransform(0, -1, -1, 0, h, w);
      case ROTATE_270_CW -> new AffineTransform(0, -1, 1, 0, 0, w);
    };
  }
}
