package io.assetbridge.app.admin;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import io.assetbridge.app.admin.AdminRoute.Param;
import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.search.FederatedSearch;
import io.assetbridge.core.search.FileNameLookup;
import io.assetbridge.store.Store;
import io.javalin.Javalin;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/** The admin API's route table: every operation under {@code /api}, all behind the bearer token. */
public final class AdminApi {
  private static final Param FLOW = new Param("flow", "only this flow");
  private static final Param SINCE = new Param("since", "ISO-8601 instant");
  private static final Param LIMIT = new Param("limit", "at most this many (default 100)");

  private AdminApi() {}

  /** The operations, in the order the OpenAPI document lists them. */
  public static List<AdminRoute> routes(Engine engine, InstantSource clock) {
    Store store = engine.store();
    List<AdminRoute> routes = new ArrayList<>();
    routes.add(get("/api/flows", "flows, enabled or not, with job counts", new ListFlows(engine)));
    routes.add(post("/api/flows/{flow}/enable", "enable a flow", new SwitchFlow(engine, true)));
    routes.add(
        post(
            "/api/flows/{flow}/disable",
            "disable a flow: its jobs are queued but not run",
            new SwitchFlow(engine, false)));
    routes.add(
        new AdminRoute(
            POST,
            "/api/flows/{flow}/run",
            "one pass now: poll, then work the flow's jobs until none is pending",
            List.of(SINCE),
            new RunFlow(engine)));
    routes.add(
        new AdminRoute(
            POST,
            "/api/flows/{flow}/dry-run",
            "what the flow would do to each changed asset; writes nothing",
            List.of(SINCE),
            new DryRunFlow(engine)));
    routes.add(
        new AdminRoute(
            GET,
            "/api/jobs",
            "jobs newest first, with counts per state",
            List.of(new Param("state", "pending, running, done or dead"), FLOW, LIMIT),
            new ListJobs(store)));
    routes.add(post("/api/jobs/{id}/retry", "replay one dead job", new RetryJobs(store, true)));
    routes.add(
        new AdminRoute(
            POST,
            "/api/jobs/retry",
            "replay every dead job (of a flow)",
            List.of(FLOW),
            new RetryJobs(store, false)));
    routes.add(
        new AdminRoute(
            GET,
            "/api/links",
            "the assets a ref is linked to in other systems",
            List.of(new Param("ref", "connection:id, e.g. ps:I0000abc")),
            new FindLinks(store)));
    routes.add(
        new AdminRoute(
            GET,
            "/api/audit",
            "one asset's timeline across systems, or the newest records",
            List.of(new Param("asset", "any of the asset's refs"), FLOW, LIMIT),
            new AuditTimeline(store)));
    routes.add(
        new AdminRoute(
            GET,
            "/api/audit/export",
            "stream the audit trail as CSV or JSON Lines",
            List.of(new Param("format", "csv or jsonl (default)"), SINCE, FLOW),
            new ExportAudit(store)));
    routes.add(
        new AdminRoute(
            GET,
            "/api/conflicts",
            "conflicts two-way flows hold for a person, with both sides' values",
            List.of(FLOW),
            new ListConflicts(store)));
    routes.add(
        new AdminRoute(
            POST,
            "/api/conflicts/{id}/resolve",
            "resolve a held conflict: the take side's value is written to the other side",
            List.of(new Param("take", "the connection whose value stays, e.g. netx")),
            new ResolveConflict(engine)));
    routes.add(
        new AdminRoute(
            GET,
            "/api/search",
            "federated search across the connections that can search, one row per real asset",
            List.of(
                new Param("q", "text to look for"),
                new Param("status", "draft, in_review, approved, archived or expired"),
                new Param("expiringBefore", "a date or ISO-8601 instant"),
                new Param("keyword", "one whole keyword"),
                new Param("campaign", "the campaign tag"),
                LIMIT),
            ctx -> new SearchHandler(federated(engine)).handle(ctx)));
    routes.add(
        new AdminRoute(
            GET,
            "/api/assets",
            "the assets with exactly this file name (ignoring case), each with every ref it has",
            List.of(new Param("fileName", "a file name such as IMG_0412.jpg")),
            ctx ->
                ctx.json(
                    SearchAnswer.of(
                        FileNameLookup.find(
                            federated(engine),
                            Params.required(ctx, "fileName", "IMG_0412.jpg"))))));
    routes.add(
        get(
            "/api/connections",
            "each connection's live check, last contact, newest job error, limits and live rate-limit state",
            new ListConnections(engine, clock)));
    routes.add(get("/api/openapi.json", "this description", new OpenApiDocument(() -> routes)));
    return List.copyOf(routes);
  }

  /** Built per request, so an engine with no searchable connection still serves the rest. */
  private static FederatedSearch federated(Engine engine) {
    try {
      return FederatedSearch.of(engine.connectors(), engine.store(), engine.config().search());
    } catch (IllegalArgumentException e) {
      throw AdminProblem.badRequest(e.getMessage());
    }
  }

  /** Adds the token check and every route to the app. */
  public static void register(
      Javalin app, Engine engine, InstantSource clock, SignInThrottle throttle) {
    app.before("/api/*", new BearerAuth(engine.config().server().adminToken(), throttle));
    for (AdminRoute route : routes(engine, clock)) {
      app.addHttpHandler(route.method(), route.path(), route.handler());
    }
  }

  private static AdminRoute get(String path, String summary, io.javalin.http.Handler handler) {
    return new AdminRoute(GET, path, summary, List.of(), handler);
  }

  private static AdminRoute post(String path, String summary, io.javalin.http.Handler handler) {
    return new AdminRoute(POST, path, summary, List.of(), handler);
  }
}
