package io.assetbridge.app.dashboard;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/** Lets a page through only with a valid session; otherwise to the login form, and back after. */
record SignedIn(Session session, Handler page) implements Handler {
  @Override
  public void handle(Context ctx) throws Exception {
    if (!session.signedIn(ctx)) {
      String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
      String back = ctx.method().name().equals("GET") ? ctx.path() + query : "/";
      ctx.redirect("/login?next=" + Html.query(back), HttpStatus.SEE_OTHER);
      return;
    }
    ctx.header("Cache-Control", "no-store");
    page.handle(ctx);
  }
}
