package io.assetbridge.emulator.vip.http;

import io.assetbridge.emulator.vip.files.StoredFile;

/** The bytes of a stored file with ETag = sha256 and Range support (206, 416). */
public final class ContentResponse {
  private ContentResponse() {}

  public static ApiResponse of(StoredFile file, ApiCall call) {
    ByteRange range = ByteRange.resolve(call.header("Range"), file.size());
    ApiResponse response =
        range == null
            ? ApiResponse.file(200, file.mediaType(), slice(file, 0, file.size()))
            : ApiResponse.file(206, file.mediaType(), slice(file, range.start(), range.length()))
                .header(
                    "Content-Range",
                    "bytes " + range.start() + "-" + range.end() + "/" + file.size());
    return response.header("ETag", "\"" + file.sha256() + "\"").header("Accept-Ranges", "bytes");
  }

  private static ApiResponse.FileSlice slice(StoredFile file, long offset, long length) {
    return new ApiResponse.FileSlice(file.path(), offset, length);
  }
}
