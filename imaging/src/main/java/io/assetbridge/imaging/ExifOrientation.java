package io.assetbridge.imaging;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.imaging.ImageFormats;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.png.PngImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffImageParser;
import org.apache.commons.imaging.formats.tiff.TiffImagingParameters;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;

/** Reads the EXIF orientation tag of a master with commons-imaging, from headers only. */
final class ExifOrientation {
  private ExifOrientation() {}

  /** Broken or missing EXIF must not fail a rendition, so it reads as upright. */
  static Orientation read(Path master) {
    try {
      TiffImageMetadata exif = exifOf(metadata(master.toFile()));
      TiffField field = exif == null ? null : exif.findField(TiffTagConstants.TIFF_TAG_ORIENTATION);
      return field == null ? Orientation.NORMAL : Orientation.fromExif(field.getIntValue());
    } catch (IOException | RuntimeException e) {
      return Orientation.NORMAL;
    }
  }

  /** TIFF is read without strip data, which commons-imaging would otherwise load into memory. */
  private static ImageMetadata metadata(File file) throws IOException {
    if (Imaging.guessFormat(file) == ImageFormats.TIFF) {
      return new TiffImageParser()
          .getMetadata(ByteSource.file(file), new TiffImagingParameters().setReadThumbnails(false));
    }
    return Imaging.getMetadata(file);
  }

  private static TiffImageMetadata exifOf(ImageMetadata metadata) {
    return switch (metadata) {
      case JpegImageMetadata jpeg -> jpeg.getExif();
      case TiffImageMetadata tiff -> tiff;
      case PngImageMetadata png -> png.getExif();
      case null, default -> null;
    };
  }
}
