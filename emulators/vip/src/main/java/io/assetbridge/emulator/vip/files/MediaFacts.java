package io.assetbridge.emulator.vip.files;

/** A file's sniffed media type and, for images, its pixel size. */
public record MediaFacts(String mediaType, Integer width, Integer height) {

  static MediaFacts of(String mediaType) {
    return new MediaFacts(mediaType, null, null);
  }

  MediaFacts withSize(int[] size) {
    return size == null ? this : new MediaFacts(mediaType, size[0], size[1]);
  }
}
