package io.assetbridge.spi;

/** A PhotoShelter gallery or NetX folder an asset sits in. */
public record CollectionRef(String id, String name, String path) {}
