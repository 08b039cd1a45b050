package io.assetbridge.emulator.photoshelter.state;

/** The stored original: its name, size, pixel dimensions and bytes (never changed after upload). */
public record FileFacts(String fileName, long size, int width, int height, byte[] content) {}
