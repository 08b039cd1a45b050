package io.assetbridge.emulator.vip.assets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.emulator.vip.Account;
import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.files.StoredFile;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.FieldReader;
import io.assetbridge.emulator.vip.idempotency.IdempotencyGate;
import io.assetbridge.emulator.vip.multipart.MultipartBody;
import io.assetbridge.emulator.vip.multipart.Part;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code POST /assets}: a multipart upload of {@code metadata} and {@code file}. */
public final class CreateAsset implements ApiOperation {
  private static final List<String> FIELDS = fields();
  private final Platform platform;
  private final IdempotencyGate gate;

  public CreateAsset(Platform platform) {
    this.platform = platform;
    this.gate = new IdempotencyGate(platform);
  }

  private static List<String> fields() {
    List<String> names = new ArrayList<>(MetadataFields.NAMES);
    names.add("externalRef");
    return List.copyOf(names);
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    MultipartBody body = call.multipart();
    JsonNode metadata = body.jsonPart("metadata");
    Map<String, JsonNode> jsonParts = new HashMap<>();
    jsonParts.put("metadata", metadata);
    JsonNode print = body.fingerprint(call.method(), call.path(), jsonParts);
    return gate.run(call, print, false, () -> create(body, metadata));
  }

  private ApiResponse create(MultipartBody body, JsonNode metadata) {
    FieldErrors errors = new FieldErrors();
    body.allowOnly(Set.of("metadata", "file"), errors);
    Part file = UploadedFiles.requireFile(body, errors);
    String externalRef = null;
    Metadata fields = Metadata.EMPTY;
    if (metadata == null || !metadata.isObject()) {
      errors.add("metadata", "required part holding a JSON object");
    } else {
      FieldReader reader = new FieldReader((ObjectNode) metadata, "metadata.", errors);
      reader.allowOnly(FIELDS);
      externalRef = ExternalRefs.read(reader);
      fields = MetadataFields.apply(Metadata.EMPTY, reader);
    }
    errors.throwIfAny();
    StoredFile stored = UploadedFiles.describe(file);
    String ref = externalRef;
    Metadata values = fields;
    Asset asset = platform.locked(account -> save(account, ref, values, stored));
    file.upload().claim();
    return AssetResponses.of(201, asset).header("Location", "/api/v1/assets/" + asset.id());
  }

  private Asset save(Account account, String externalRef, Metadata metadata, StoredFile file) {
    account.assets().ensureRefFree(externalRef, null);
    Instant now = platform.now();
    Asset asset = new Asset(account.ids().next("ast"), externalRef, metadata, file, 1, now, now);
    account.assets().save(asset);
    return asset;
  }
}
