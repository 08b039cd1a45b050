package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.assets.Metadata;
import io.assetbridge.emulator.vip.assets.MetadataFields;
import io.assetbridge.emulator.vip.files.FileVault;
import io.assetbridge.emulator.vip.files.SeedImage;
import io.assetbridge.emulator.vip.files.Sha256;
import io.assetbridge.emulator.vip.files.StoredFile;
import io.assetbridge.emulator.vip.http.FieldReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** A submission in a seed body: contributor, metadata and files (rendered or given bytes). */
record SubmissionSeed(
    String contributorName,
    String contributorEmail,
    Metadata metadata,
    List<FileSeed> files,
    Instant receivedAt) {

  /** A file: a JPEG rendered at {@code width × height}, or {@code content} as given. */
  record FileSeed(String fileName, int width, int height, byte[] content, String mediaType) {

    StoredFile write(FileVault vault) {
      byte[] bytes = content != null ? content : SeedImage.jpeg(fileName, width, height);
      Path path = vault.write(bytes);
      return StoredFile.inspect(path, fileName, bytes.length, Sha256.hex(bytes), mediaType);
    }
  }

  static SubmissionSeed read(FieldReader r) {
    r.allowOnly(List.of("contributor", "metadata", "files", "receivedAt"));
    FieldReader contributor = r.object("contributor");
    String name = null;
    String email = null;
    if (contributor == null) {
      r.fail("contributor", "required: {name, email}");
    } else {
      contributor.allowOnly(List.of("name", "email"));
      name = contributor.text("name", 500, true);
      email = contributor.text("email", 500);
    }
    FieldReader meta = r.object("metadata");
    Metadata metadata = Metadata.EMPTY;
    if (meta != null) {
      meta.allowOnly(MetadataFields.NAMES);
      metadata = MetadataFields.apply(Metadata.EMPTY, meta);
    }
    List<FileSeed> files = r.objects("files").stream().map(SubmissionSeed::file).toList();
    if (files.isEmpty()) {
      r.fail("files", "required: at least one file");
    }
    return new SubmissionSeed(name, email, metadata, files, r.instant("receivedAt"));
  }

  private static FileSeed file(FieldReader r) {
    r.allowOnly(List.of("fileName", "image", "contentBase64", "mediaType"));
    String fileName = r.text("fileName", 255, true);
    FieldReader image = r.object("image");
    String base64 = r.text("contentBase64", Integer.MAX_VALUE);
    if ((image == null) == (base64 == null)) {
      r.fail("image", "send exactly one of image {width, height} and contentBase64");
      return new FileSeed(fileName, 0, 0, new byte[0], null);
    }
    String mediaType = r.text("mediaType", 200);
    if (base64 != null) {
      return new FileSeed(fileName, 0, 0, decode(r, base64), mediaType);
    }
    image.allowOnly(List.of("width", "height"));
    Long width = image.integer("width", 1, 10_000);
    Long height = image.integer("height", 1, 10_000);
    if (width == null || height == null) {
      r.fail("image", "needs width and height from 1 to 10000");
      return new FileSeed(fileName, 0, 0, new byte[0], null);
    }
    return new FileSeed(fileName, width.intValue(), height.intValue(), null, mediaType);
  }

  private static byte[] decode(FieldReader r, String base64) {
    try {
      return Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      r.fail("contentBase64", "is not base64");
      return new byte[0];
    }
  }
}
