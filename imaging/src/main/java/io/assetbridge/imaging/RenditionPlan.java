package io.assetbridge.imaging;

import java.awt.Dimension;
import java.awt.Rectangle;

/**
 * Which part of the (upright) master to use and how large the rendition comes out: the geometry of
 * a {@link Fit}, kept apart from pixels so it can be checked on its own.
 *
 * @param crop region of the upright master, in master pixels
 * @param output rendition size in pixels
 */
record RenditionPlan(Rectangle crop, Dimension output) {

  static RenditionPlan of(RenditionSpec spec, Dimension master) {
    return of(spec, master.width, master.height);
  }

  static RenditionPlan of(RenditionSpec spec, int masterWidth, int masterHeight) {
    Rectangle whole = new Rectangle(0, 0, masterWidth, masterHeight);
    return switch (spec.fit()) {
      case INSIDE -> new RenditionPlan(whole, inside(spec, masterWidth, masterHeight));
      case EXACT -> new RenditionPlan(whole, new Dimension(spec.width(), spec.height()));
      case COVER -> cover(spec, masterWidth, masterHeight);
    };
  }

  private static Dimension inside(RenditionSpec spec, int w, int h) {
    double scale = Math.min(1.0, Math.min((double) spec.width() / w, (double) spec.height() / h));
    return new Dimension(side(w * scale, spec.width()), side(h * scale, spec.height()));
  }

  private static RenditionPlan cover(RenditionSpec spec, int w, int h) {
    double scale = Math.max((double) spec.width() / w, (double) spec.height() / h);
    int cropW = side(spec.width() / scale, w);
    int cropH = side(spec.height() / scale, h);
    int x = start(spec.focalX(), w, cropW);
    int y = start(spec.focalY(), h, cropH);
    return new RenditionPlan(
        new Rectangle(x, y, cropW, cropH), new Dimension(spec.width(), spec.height()));
  }

  /** Centres a window of {@code length} on the focal point, kept inside the master. */
  private static int start(Double focal, int masterLength, int length) {
    double centre = (focal == null ? 0.5 : focal) * masterLength;
    long start = Math.round(centre - length / 2.0);
    return (int) Math.clamp(start, 0, masterLength - length);
  }

  private static int side(double exact, int max) {
    return (int) Math.clamp(Math.round(exact), 1, max);
  }
}
