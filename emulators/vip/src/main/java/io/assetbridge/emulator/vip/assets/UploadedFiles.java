package io.assetbridge.emulator.vip.assets;

import io.assetbridge.emulator.vip.files.StoredFile;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.TextRules;
import io.assetbridge.emulator.vip.multipart.MultipartBody;
import io.assetbridge.emulator.vip.multipart.Part;

/** The {@code file} part of an upload: present, a file, with a sensible {@code filename}. */
final class UploadedFiles {
  private UploadedFiles() {}

  static Part requireFile(MultipartBody body, FieldErrors errors) {
    Part file = body.part("file");
    if (file == null || !file.isFile()) {
      errors.add("file", "required part with a filename");
      return null;
    }
    String violation = TextRules.violation(file.fileName(), 255);
    if (file.fileName().isBlank() || violation != null) {
      errors.add("file", "filename " + (violation == null ? "must not be blank" : violation));
    }
    return file;
  }

  static StoredFile describe(Part file) {
    return StoredFile.inspect(
        file.upload().path(),
        file.fileName(),
        file.upload().size(),
        file.upload().sha256(),
        file.contentType());
  }
}
