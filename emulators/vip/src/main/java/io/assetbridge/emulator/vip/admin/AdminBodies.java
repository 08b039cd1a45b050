package io.assetbridge.emulator.vip.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.emulator.vip.http.ApiCall;

/** Admin bodies are JSON; a missing Content-Type is taken as JSON too. */
final class AdminBodies {
  private AdminBodies() {}

  static ObjectNode json(ApiCall call) {
    return call.json("application/json", "");
  }
}
