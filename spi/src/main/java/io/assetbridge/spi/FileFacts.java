package io.assetbridge.spi;

/** Facts of an asset's original file; any of them may be unknown (null). */
public record FileFacts(
    String name,
    Long size,
    Integer width,
    Integer height,
    String mediaType,
    String md5,
    String sha256) {

  public static FileFacts named(String name) {
    return new FileFacts(name, null, null, null, null, null, null);
  }
}
