package io.assetbridge.emulator.photoshelter.auth;

import io.javalin.http.Context;

/** A {@code /psapi/} handler that runs after {@link AccessGate} admitted its caller. */
@FunctionalInterface
public interface ApiHandler {
  void handle(Context ctx, Caller caller) throws Exception;
}
