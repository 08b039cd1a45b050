package io.assetbridge.emulator.vip.assets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.emulator.vip.Account;
import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.FieldReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code PATCH /assets/{id}}: JSON Merge Patch; a change bumps {@code version}, a no-op keeps it.
 */
public final class PatchAsset implements ApiOperation {
  private static final List<String> READ_ONLY =
      List.of("id", "file", "version", "createdAt", "updatedAt");
  private static final List<String> KNOWN = known();
  private final Platform platform;

  public PatchAsset(Platform platform) {
    this.platform = platform;
  }

  private static List<String> known() {
    List<String> names = new ArrayList<>(MetadataFields.NAMES);
    names.add("externalRef");
    names.addAll(READ_ONLY);
    return List.copyOf(names);
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    ObjectNode patch = call.json("application/merge-patch+json", "application/json");
    String id = call.pathParam("id");
    String ifMatch = call.header("If-Match");
    return AssetResponses.of(200, platform.locked(account -> apply(account, id, patch, ifMatch)));
  }

  private Asset apply(Account account, String id, ObjectNode patch, String ifMatch) {
    Asset current = account.assets().require(id);
    FieldErrors errors = new FieldErrors();
    FieldReader reader = new FieldReader(patch, "", errors);
    reader.allowOnly(KNOWN);
    READ_ONLY.stream()
        .filter(reader::has)
        .forEach(name -> reader.fail(name, "read-only; it cannot be patched"));
    String externalRef =
        reader.has("externalRef") ? ExternalRefs.read(reader) : current.externalRef();
    Metadata metadata = MetadataFields.apply(current.metadata(), reader);
    errors.throwIfAny();
    Preconditions.checkIfMatch(ifMatch, current.version());
    if (Objects.equals(externalRef, current.externalRef()) && metadata.equals(current.metadata())) {
      return current;
    }
    Asset next =
        new Asset(
            id,
            externalRef,
            metadata,
            current.file(),
            current.version() + 1,
            current.createdAt(),
            platform.now());
    account.assets().save(next);
    return next;
  }
}
