package io.assetbridge.emulator.vip.files;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.file.Path;

/** A file the emulator keeps, with the facts §5 shows as an asset's {@code file}. */
public record StoredFile(
    @JsonIgnore Path path,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    Integer width,
    Integer height) {

  /** Describes an uploaded file, sniffing its media type and image size from the bytes. */
  public static StoredFile inspect(
      Path path, String fileName, long size, String sha256, String declaredType) {
    MediaFacts facts = MediaSniffer.inspect(path, declaredType);
    return new StoredFile(
        path, fileName, facts.mediaType(), size, sha256, facts.width(), facts.height());
  }
}
