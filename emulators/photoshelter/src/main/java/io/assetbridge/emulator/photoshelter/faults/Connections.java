package io.assetbridge.emulator.photoshelter.faults;

import io.javalin.http.Context;
import org.eclipse.jetty.server.Request;

/** Closes a request's connection so the client gets no response at all. */
final class Connections {

  private Connections() {}

  static void drop(Context ctx) {
    Request.getBaseRequest(ctx.req()).getHttpChannel().getEndPoint().close();
  }
}
