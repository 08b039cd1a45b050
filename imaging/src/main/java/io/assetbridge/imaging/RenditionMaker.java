package io.assetbridge.imaging;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Makes renditions (derivatives) of image masters: decode only the pixels needed, apply EXIF
 * orientation, convert to sRGB, scale with high quality, crop per {@link Fit}, encode. Stateless
 * and thread-safe; memory use scales with the rendition size, not the master size.
 */
public final class RenditionMaker {
  private final Path spoolDirectory;

  /** Spools streamed masters to the system temp directory. */
  public RenditionMaker() {
    this(Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** Spools streamed masters to {@code spoolDirectory} (they are deleted after each render). */
  public RenditionMaker(Path spoolDirectory) {
    this.spoolDirectory = Objects.requireNonNull(spoolDirectory, "spoolDirectory");
  }

  /**
   * Decodes the master from the stream, renders {@code spec} and writes it to {@code out} (which is
   * not closed). {@code metadata} is embedded only when {@code spec.keepMetadata()}.
   *
   * @throws UnreadableMasterException (an IllegalArgumentException) if the master is not a readable
   *     image
   * @throws UncheckedIOException if reading the stream or writing {@code out} fails
   */
  public RenditionResult render(
      InputStream master,
      String masterFileName,
      RenditionSpec spec,
      EmbeddedMetadata metadata,
      OutputStream out) {
    Objects.requireNonNull(master, "master");
    try (SpooledMaster spooled = SpooledMaster.copy(master, spoolDirectory)) {
      return render(spooled.file(), masterFileName, spec, metadata, out);
    }
  }

  /**
   * As {@link #render(InputStream, String, RenditionSpec, EmbeddedMetadata, OutputStream)}, for a
   * master already on disk (no spooling; lets a route render several specs from one file).
   */
  public RenditionResult render(
      Path master,
      String masterFileName,
      RenditionSpec spec,
      EmbeddedMetadata metadata,
      OutputStream out) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(out, "out");
    BufferedImage picture = decodeUpright(master, masterFileName, spec);
    EmbeddedMetadata embedded =
        spec.keepMetadata() && metadata != null ? metadata : EmbeddedMetadata.NONE;
    byte[] encoded = encode(picture, spec, embedded);
    write(out, encoded);
    return new RenditionResult(
        picture.getWidth(),
        picture.getHeight(),
        spec.format().mediaType(),
        encoded.length,
        fileName(masterFileName, spec));
  }

  /** Master base name + "-" + rendition name + the format's extension. */
  public static String fileName(String masterFileName, RenditionSpec spec) {
    String name = masterFileName == null || masterFileName.isBlank() ? "master" : masterFileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return base + "-" + spec.name() + spec.format().extension();
  }

  private static BufferedImage decodeUpright(Path master, String masterName, RenditionSpec spec) {
    Orientation orientation = ExifOrientation.read(master);
    try (MasterDecoder decoder = MasterDecoder.open(master, masterName)) {
      Dimension stored = decoder.storedSize();
      RenditionPlan plan = RenditionPlan.of(spec, orientation.upright(stored));
      Rectangle region = orientation.toStored(plan.crop(), stored).intersection(bounds(stored));
      Dimension storedOutput = orientation.upright(plan.output()); // swapping is its own inverse
      BufferedImage decoded = decoder.read(region, storedOutput);
      BufferedImage scaled = Resampler.resize(SrgbConversion.toSrgb(decoded), storedOutput);
      return orientation.apply(scaled);
    }
  }

  private static Rectangle bounds(Dimension size) {
    return new Rectangle(0, 0, size.width, size.height);
  }

  private static byte[] encode(BufferedImage picture, RenditionSpec spec, EmbeddedMetadata m) {
    try {
      return switch (spec.format()) {
        case JPEG -> JpegEncoding.encode(picture, spec.quality(), m);
        case PNG -> PngEncoding.encode(picture, m);
      };
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode rendition " + spec.name(), e);
    }
  }

  private static void write(OutputStream out, byte[] encoded) {
    try {
      out.write(encoded);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the rendition", e);
    }
  }
}
