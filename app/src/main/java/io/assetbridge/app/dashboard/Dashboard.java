package io.assetbridge.app.dashboard;

import io.assetbridge.app.admin.SignInThrottle;
import io.assetbridge.core.engine.Engine;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.time.InstantSource;

/**
 * The dashboard's route table. Every page is wrapped in {@link SignedIn}: without the session
 * cookie it redirects to the login form. Posts need the session too; its cookie is SameSite=Strict,
 * so another site cannot post with it.
 */
public final class Dashboard {
  private Dashboard() {}

  public static void register(
      Javalin app, Engine engine, InstantSource clock, SignInThrottle throttle) {
    Session session = new Session(engine.config().server().adminToken(), engine.store());
    LoginPage login = new LoginPage(session, throttle);
    app.get("/login", login::show);
    app.post("/login", login::submit);
    app.get("/logout", login::logout);
    app.get("/", guarded(session, new OverviewPage(engine, clock)));
    app.post("/flows/{flow}/enable", guarded(session, new FlowSwitchAction(engine, true)));
    app.post("/flows/{flow}/disable", guarded(session, new FlowSwitchAction(engine, false)));
    app.get("/jobs", guarded(session, new JobsPage(engine.store())));
    app.post("/jobs/retry", guarded(session, new RetryAction(engine.store(), false)));
    app.post("/jobs/{id}/retry", guarded(session, new RetryAction(engine.store(), true)));
    app.get("/timeline", guarded(session, new TimelinePage(engine)));
    app.get("/thumbnail", guarded(session, new Thumbnail(engine)));
    app.get("/rights", guarded(session, new RightsPage(engine)));
    app.get("/search", guarded(session, new SearchPage(engine)));
    ConflictsPage conflicts = new ConflictsPage(engine.store());
    app.get("/conflicts", guarded(session, conflicts));
    app.post("/conflicts/{id}/resolve", guarded(session, new ResolveAction(engine, conflicts)));
  }

  private static Handler guarded(Session session, Handler page) {
    return new SignedIn(session, page);
  }
}
