package io.assetbridge.emulator.vip.http;

import io.javalin.http.Context;
import org.eclipse.jetty.server.Request;

/** The {@code drop} fault: closes the TCP connection so the client gets no response at all. */
public final class ConnectionDrop {
  private ConnectionDrop() {}

  public static void drop(Context ctx) {
    Request base = Request.getBaseRequest(ctx.req());
    if (base == null) {
      throw new IllegalStateException("not a Jetty request; cannot drop the connection");
    }
    base.getHttpChannel().getEndPoint().close();
  }
}
