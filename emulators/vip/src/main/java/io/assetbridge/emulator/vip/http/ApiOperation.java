package io.assetbridge.emulator.vip.http;

/** One endpoint's work: reads the call, answers a response or throws a {@link Problem}. */
@FunctionalInterface
public interface ApiOperation {
  ApiResponse handle(ApiCall call);
}
