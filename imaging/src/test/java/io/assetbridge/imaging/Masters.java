package io.assetbridge.imaging;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageParser;
import org.apache.commons.imaging.formats.tiff.TiffImagingParameters;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Masters generated in the test: pictures and their JPEG, PNG and TIFF bytes. */
final class Masters {
  private Masters() {}

  static BufferedImage filled(int width, int height, Color color) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  /** Blue picture with a red square of {@code side} in its top-left corner. */
  static BufferedImage redCornerOnBlue(int width, int height, int side) {
    return redSquareOnBlue(width, height, 0, 0, side);
  }

  static BufferedImage redSquareOnBlue(int width, int height, int x, int y, int side) {
    BufferedImage image = filled(width, height, Color.BLUE);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(x, y, side, side);
    g.dispose();
    return image;
  }

  /** Left half red, right half blue. */
  static BufferedImage redLeftBlueRight(int width, int height) {
    BufferedImage image = filled(width, height, Color.BLUE);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.dispose();
    return image;
  }

  /** Detail that JPEG cannot compress away, so quality shows in the size. */
  static BufferedImage noise(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(42);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return image;
  }

  /**
   * Tags a JPEG with an ICC profile (APP2 segment right after SOI), so its numbers mean colours of
   * that profile instead of sRGB.
   */
  static byte[] withIccProfile(byte[] jpeg, ICC_Profile profile) {
    byte[] data = profile.getData();
    byte[] id = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    int length = 2 + id.length + 2 + data.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) (length >> 8), (byte) length});
    out.writeBytes(id);
    out.writeBytes(new byte[] {1, 1}); // chunk 1 of 1
    out.writeBytes(data);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** Red in the generic CMYK space (C=0, M=100%, Y=100%, K=0). */
  static BufferedImage cmykRed(int width, int height) {
    ColorSpace cmyk = ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK);
    ComponentColorModel model =
        new ComponentColorModel(cmyk, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
    WritableRaster raster = model.createCompatibleWritableRaster(width, height);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        raster.setPixel(x, y, new int[] {0, 255, 255, 0});
      }
    }
    return new BufferedImage(model, raster, false, null);
  }

  static byte[] jpeg(BufferedImage image) {
    return jpeg(image, 90);
  }

  static byte[] jpeg(BufferedImage image, int quality) {
    ImageWriter writer = twelveMonkeysJpegWriter();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality / 100f);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  static byte[] png(BufferedImage image) {
    return write(image, "png");
  }

  static byte[] tiff(BufferedImage image) {
    return write(image, "tiff");
  }

  /** Adds an EXIF APP1 with the given orientation tag, pixels untouched. */
  static byte[] withExifOrientation(byte[] jpeg, int orientation) {
    try {
      TiffOutputSet exif = new TiffOutputSet();
      exif.getOrCreateRootDirectory()
          .add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The TwelveMonkeys writer, because it is the one that can write CMYK. */
  private static ImageWriter twelveMonkeysJpegWriter() {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter first = writers.next();
    for (ImageWriter w = first; ; w = writers.next()) {
      if (w.getClass().getName().startsWith("com.twelvemonkeys")) {
        return w;
      }
      if (!writers.hasNext()) {
        return first;
      }
    }
  }

  /** A TIFF written by commons-imaging, carrying an orientation tag. */
  static byte[] tiffWithOrientation(BufferedImage image, int orientation) {
    try {
      TiffOutputSet tags = new TiffOutputSet();
      tags.getOrCreateRootDirectory()
          .add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new TiffImageParser().writeImage(image, out, new TiffImagingParameters().setOutputSet(tags));
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(BufferedImage image, String format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
