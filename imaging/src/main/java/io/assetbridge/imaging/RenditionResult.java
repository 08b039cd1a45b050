package io.assetbridge.imaging;

/**
 * What {@link RenditionMaker#render} wrote.
 *
 * @param width pixel width of the rendition
 * @param height pixel height of the rendition
 * @param mediaType e.g. image/jpeg
 * @param bytes number of bytes written to the output stream
 * @param fileName master base name + "-" + rendition name + extension, e.g. beach-web-2048.jpg
 */
public record RenditionResult(
    int width, int height, String mediaType, long bytes, String fileName) {}
