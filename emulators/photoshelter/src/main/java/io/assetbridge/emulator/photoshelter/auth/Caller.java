package io.assetbridge.emulator.photoshelter.auth;

/** Who made a request; {@code session} is {@code null} for key-only routes. */
public record Caller(Session session) {}
