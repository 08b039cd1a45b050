package io.assetbridge.emulator.vip.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.http.ProblemType;
import java.util.function.Supplier;

/**
 * Runs an effect under §4 and §13: looked up after the body parses and before validation; only 2xx
 * and 422 outcomes are kept, anything else leaves the key unused.
 */
public final class IdempotencyGate {
  private final Platform platform;

  public IdempotencyGate(Platform platform) {
    this.platform = platform;
  }

  public ApiResponse run(
      ApiCall call, JsonNode fingerprint, boolean required, Supplier<ApiResponse> effect) {
    String key = call.idempotencyKey();
    if (key == null) {
      if (required) {
        throw Problem.invalid("this endpoint requires an Idempotency-Key header");
      }
      call.pause();
      return effect.get();
    }
    checkFormat(key);
    IdempotencyKeys keys = platform.locked(account -> account.idempotency());
    IdempotencyKeys.Lookup lookup = platform.locked(account -> keys.reserve(key, fingerprint));
    return switch (lookup) {
      case IdempotencyKeys.Replay replay -> {
        call.noteReplayed();
        yield replay.response().header("Idempotent-Replayed", "true");
      }
      case IdempotencyKeys.Reused reused ->
          throw new Problem(
              ProblemType.IDEMPOTENCY_KEY_REUSED,
              "Idempotency-Key '" + key + "' was used with a different request");
      case IdempotencyKeys.InProgress busy ->
          throw new Problem(
                  ProblemType.IDEMPOTENCY_KEY_IN_PROGRESS,
                  "the first request with Idempotency-Key '" + key + "' is still running")
              .header("Retry-After", "1");
      case IdempotencyKeys.Reserved reserved -> runReserved(call, keys, key, effect);
    };
  }

  private ApiResponse runReserved(
      ApiCall call, IdempotencyKeys keys, String key, Supplier<ApiResponse> effect) {
    ApiResponse response;
    try {
      call.pause();
      response = effect.get();
    } catch (Problem problem) {
      response = problem.toResponse(call.path());
    } catch (RuntimeException e) {
      platform.locked(account -> run(() -> keys.release(key)));
      throw e;
    }
    ApiResponse outcome = response;
    boolean keep = (outcome.status() >= 200 && outcome.status() < 300) || outcome.status() == 422;
    platform.locked(account -> run(() -> finish(keys, key, outcome, keep)));
    return response;
  }

  private static void finish(IdempotencyKeys keys, String key, ApiResponse response, boolean keep) {
    if (keep) {
      keys.complete(key, response);
    } else {
      keys.release(key);
    }
  }

  private static Void run(Runnable work) {
    work.run();
    return null;
  }

  private static void checkFormat(String key) {
    boolean visible = key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    if (key.isEmpty() || key.length() > 255 || !visible) {
      throw Problem.invalid("Idempotency-Key must be 1 to 255 visible ASCII characters");
    }
  }
}
