package io.assetbridge.emulator.vip.http;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an operation answers: built first, written later, so faults and idempotency records can act
 * on a finished response before any byte leaves.
 */
public record ApiResponse(
    int status,
    Map<String, String> headers,
    String contentType,
    byte[] bytes,
    FileSlice file,
    String problemType) {

  /** A byte range of a stored file, streamed when the response is written. */
  public record FileSlice(Path path, long offset, long length) {}

  public static ApiResponse json(int status, Object body) {
    return new ApiResponse(status, Map.of(), "application/json", Json.bytes(body), null, null);
  }

  public static ApiResponse rawJson(int status, String json) {
    return new ApiResponse(
        status,
        Map.of(),
        "application/json",
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        null,
        null);
  }

  public static ApiResponse noContent() {
    return new ApiResponse(204, Map.of(), null, null, null, null);
  }

  public static ApiResponse file(int status, String contentType, FileSlice slice) {
    return new ApiResponse(status, Map.of(), contentType, null, slice, null);
  }

  public ApiResponse header(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ApiResponse(status, Map.copyOf(copy), contentType, bytes, file, problemType);
  }

  public long contentLength() {
    if (file != null) {
      return file.length();
    }
    return bytes == null ? 0 : bytes.length;
  }
}
