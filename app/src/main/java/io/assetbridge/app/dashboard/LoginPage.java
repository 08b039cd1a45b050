package io.assetbridge.app.dashboard;

import io.assetbridge.app.admin.SignInThrottle;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code GET/POST /login} and {@code GET /logout}: the admin token in, a session cookie out. */
final class LoginPage {
  private final Session session;
  private final SignInThrottle throttle;

  LoginPage(Session session, SignInThrottle throttle) {
    this.session = session;
    this.throttle = throttle;
  }

  void show(Context ctx) {
    ctx.html(form(ctx.queryParam("next"), null));
  }

  void submit(Context ctx) {
    String next = safeNext(ctx.formParam("next"));
    var wait = throttle.refusedFor(ctx.ip());
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds());
      ctx.header("Retry-After", String.valueOf(seconds));
      ctx.status(HttpStatus.TOO_MANY_REQUESTS)
          .html(
              form(
                  next,
                  "Too many wrong tokens from this address. Try again in "
                      + (seconds + 59) / 60
                      + " minute(s)."));
      return;
    }
    if (!session.isToken(ctx.formParam("token"))) {
      throttle.failed(ctx.ip());
      String problem =
          session.configured()
              ? "That is not the admin token."
              : "No admin token is configured: set server.adminToken in the config.";
      ctx.status(HttpStatus.UNAUTHORIZED).html(form(next, problem));
      return;
    }
    throttle.succeeded(ctx.ip());
    session.start(ctx);
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  void logout(Context ctx) {
    session.end(ctx);
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  private static String form(String next, String problem) {
    return Layout.bare(
        "Sign in",
        """
        <div class="login card"><h1>Sign in</h1>
        %s
        <form method="post" action="/login">
        <p><label for="token">Admin token</label><br>
        <input type="password" id="token" name="token" autocomplete="current-password" autofocus></p>
        <input type="hidden" name="next" value="%s">
        <p><button type="submit" id="sign-in">Sign in</button></p>
        <p class="muted">The token is <code>server.adminToken</code> in the engine's config.</p>
        </form></div>
        """
            .formatted(
                problem == null ? "" : "<div class=\"problem\">" + Html.esc(problem) + "</div>",
                Html.esc(safeNext(next))));
  }

  /** Only a path on this server: a login link must not send the user elsewhere. */
  static String safeNext(String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
        ? next
        : "/";
  }
}
