package io.assetbridge.emulator.vip.assets;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.Account;
import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.files.StoredFile;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.idempotency.IdempotencyGate;
import io.assetbridge.emulator.vip.multipart.MultipartBody;
import io.assetbridge.emulator.vip.multipart.Part;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code POST /assets/{id}/renditions}: a new name → 201, an existing one is replaced → 200. */
public final class PutRendition implements ApiOperation {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private final Platform platform;
  private final IdempotencyGate gate;

  public PutRendition(Platform platform) {
    this.platform = platform;
    this.gate = new IdempotencyGate(platform);
  }

  private record Saved(int status, Rendition rendition, Rendition replaced) {}

  @Override
  public ApiResponse handle(ApiCall call) {
    MultipartBody body = call.multipart();
    JsonNode print = body.fingerprint(call.method(), call.path(), Map.of());
    return gate.run(call, print, false, () -> put(call.pathParam("id"), body));
  }

  private ApiResponse put(String assetId, MultipartBody body) {
    platform.locked(account -> account.assets().require(assetId));
    FieldErrors errors = new FieldErrors();
    body.allowOnly(Set.of("name", "file"), errors);
    Part file = UploadedFiles.requireFile(body, errors);
    Part name = body.part("name");
    if (name == null || name.isFile() || !NAME.matcher(name.value()).matches()) {
      errors.add("name", "required text part matching [a-z0-9][a-z0-9-]{0,63}");
    }
    errors.throwIfAny();
    StoredFile stored = UploadedFiles.describe(file);
    Saved saved = platform.locked(account -> save(account, assetId, name.value(), stored));
    file.upload().claim();
    if (saved.replaced() != null) {
      platform.vault().delete(saved.replaced().file().path());
    }
    return ApiResponse.json(saved.status(), saved.rendition());
  }

  private Saved save(Account account, String assetId, String name, StoredFile file) {
    account.assets().require(assetId);
    Instant now = platform.now();
    Rendition old = account.assets().rendition(assetId, name).orElse(null);
    Rendition rendition =
        old == null
            ? new Rendition(account.ids().next("ren"), name, file, now, now)
            : new Rendition(old.id(), name, file, old.createdAt(), now);
    account.assets().saveRendition(assetId, rendition);
    return new Saved(old == null ? 201 : 200, rendition, old);
  }
}
