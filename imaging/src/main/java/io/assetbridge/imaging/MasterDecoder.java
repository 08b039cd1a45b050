package io.assetbridge.imaging;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes one region of a master through ImageIO (TwelveMonkeys plugins for JPEG and TIFF), with
 * source subsampling so that no more pixels than the rendition needs ever reach the heap.
 */
final class MasterDecoder implements AutoCloseable {
  /** Decode at up to 3× the output per axis: enough for a clean downscale, little memory. */
  private static final double HEADROOM = 3.0;

  /**
   * Decoder warnings that mean pixels are missing (a grey band would be rendered). Others, such as
   * a missing EOI marker or extraneous bytes, are common in camera files and harmless.
   */
  private static final Pattern MISSING_PIXELS =
      Pattern.compile("premature end|huffman", Pattern.CASE_INSENSITIVE);

  private final String masterName;
  private final ImageInputStream input;
  private final ImageReader reader;
  private final List<String> warnings = new ArrayList<>();

  private MasterDecoder(String masterName, ImageInputStream input, ImageReader reader) {
    this.masterName = masterName;
    this.input = input;
    this.reader = reader;
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
  }

  static MasterDecoder open(Path file, String masterName) {
    ImageInputStream input = openStream(file, masterName);
    Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
    if (!readers.hasNext()) {
      closeQuietly(input);
      throw new UnreadableMasterException(
          "master '" + masterName + "' is not an image we can read (supported: JPEG, PNG, TIFF)");
    }
    ImageReader reader = readers.next();
    reader.setInput(input, true, true);
    return new MasterDecoder(masterName, input, reader);
  }

  /** Stored (not yet EXIF-rotated) size of the first image. */
  Dimension storedSize() {
    try {
      return new Dimension(reader.getWidth(0), reader.getHeight(0));
    } catch (IOException | RuntimeException e) {
      throw unreadable("its header", e);
    }
  }

  /** Decodes {@code region}, subsampled so it stays within 3× of {@code target} per axis. */
  BufferedImage read(Rectangle region, Dimension target) {
    int stepX = step(region.width, target.width);
    int stepY = step(region.height, target.height);
    boolean wholeRows = stepX > 1 && isTiff();
    ImageReadParam param = reader.getDefaultReadParam();
    param.setSourceRegion(
        wholeRows ? new Rectangle(0, region.y, storedSize().width, region.height) : region);
    param.setSourceSubsampling(stepX, stepY, 0, 0);
    BufferedImage decoded;
    try {
      decoded = reader.read(0, param);
    } catch (IOException | RuntimeException e) {
      throw unreadable("its pixels", e);
    }
    failOnMissingPixels();
    return wholeRows ? columns(decoded, region, stepX) : decoded;
  }

  private void failOnMissingPixels() {
    warnings.stream()
        .filter(w -> MISSING_PIXELS.matcher(w).find())
        .findFirst()
        .ifPresent(
            w -> {
              throw new UnreadableMasterException(
                  "master '" + masterName + "' is corrupt or truncated: " + w);
            });
  }

  /**
   * TwelveMonkeys' TIFF reader fails (array index out of bounds) when it subsamples a region that
   * does not start at column 0, so TIFF is decoded in whole rows and cut here.
   */
  private boolean isTiff() {
    try {
      return reader.getFormatName().toLowerCase(Locale.ROOT).startsWith("tif");
    } catch (IOException e) {
      return false;
    }
  }

  private static BufferedImage columns(BufferedImage rows, Rectangle region, int stepX) {
    int x = Math.min(region.x / stepX, rows.getWidth() - 1);
    int w = Math.min(Math.ceilDiv(region.width, stepX), rows.getWidth() - x);
    return rows.getSubimage(x, 0, w, rows.getHeight());
  }

  static int step(int sourceLength, int targetLength) {
    return Math.max(1, (int) Math.ceil(sourceLength / (HEADROOM * targetLength)));
  }

  @Override
  public void close() {
    reader.dispose();
    closeQuietly(input);
  }

  private UnreadableMasterException unreadable(String part, Exception cause) {
    return new UnreadableMasterException(
        "master '" + masterName + "' is corrupt: could not decode " + part + ": " + cause, cause);
  }

  private static ImageInputStream openStream(Path file, String masterName) {
    try {
      if (Files.size(file) == 0) {
        throw new UnreadableMasterException("master '" + masterName + "' is empty");
      }
      return ImageIO.createImageInputStream(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the spooled master " + file, e);
    }
  }

  private static void closeQuietly(ImageInputStream input) {
    try {
      input.close();
    } catch (IOException ignored) {
      // reading is over; nothing useful to do
    }
  }
}
