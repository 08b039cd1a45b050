package io.assetbridge.emulator.vip.assets;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.assetbridge.emulator.vip.files.StoredFile;
import java.time.Instant;

/** A named derivative of an asset (§5). */
public record Rendition(
    String id, String name, @JsonUnwrapped StoredFile file, Instant createdAt, Instant updatedAt) {}
