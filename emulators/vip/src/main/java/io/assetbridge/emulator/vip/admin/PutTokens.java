package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.FieldReader;
import java.util.List;

/** {@code PUT /_emulator/tokens {"tokens":[...]}}: replaces the accepted bearer tokens. */
final class PutTokens implements ApiOperation {
  private final Platform platform;

  PutTokens(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    FieldErrors errors = new FieldErrors();
    FieldReader reader = new FieldReader(AdminBodies.json(call), "", errors);
    reader.allowOnly(List.of("tokens"));
    List<String> tokens = reader.texts("tokens", 1000, 500);
    if (tokens == null && errors.isEmpty()) {
      reader.fail("tokens", "required: the list of accepted tokens");
    } else if (tokens != null && tokens.stream().anyMatch(t -> t.isBlank() || t.contains(" "))) {
      reader.fail("tokens", "tokens must be non-empty and contain no spaces");
    }
    errors.throwIfAny();
    platform.tokens().replace(tokens);
    return ApiResponse.noContent();
  }
}
