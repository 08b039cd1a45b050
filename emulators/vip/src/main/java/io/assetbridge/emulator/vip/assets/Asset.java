package io.assetbridge.emulator.vip.assets;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.assetbridge.emulator.vip.files.StoredFile;
import java.time.Instant;

/** The §5 asset object; its members come out in the contract's order. */
public record Asset(
    String id,
    String externalRef,
    @JsonUnwrapped Metadata metadata,
    StoredFile file,
    int version,
    Instant createdAt,
    Instant updatedAt) {}
