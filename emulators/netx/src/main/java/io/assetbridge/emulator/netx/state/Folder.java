package io.assetbridge.emulator.netx.state;

/** A folder; {@code parentId} is null for a top-level folder. */
public record Folder(long id, String name, String path, Long parentId) {}
