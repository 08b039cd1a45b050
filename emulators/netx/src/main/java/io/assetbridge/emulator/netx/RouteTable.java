package io.assetbridge.emulator.netx;

import io.assetbridge.emulator.netx.admin.AdminRoutes;
import io.assetbridge.emulator.netx.faults.FaultRules;
import io.assetbridge.emulator.netx.faults.FaultStage;
import io.assetbridge.emulator.netx.faults.InjectedFault;
import io.assetbridge.emulator.netx.files.DownloadHandler;
import io.assetbridge.emulator.netx.files.ImportError;
import io.assetbridge.emulator.netx.files.ImportHandlers;
import io.assetbridge.emulator.netx.journal.Journal;
import io.assetbridge.emulator.netx.journal.JournalRecorder;
import io.assetbridge.emulator.netx.rpc.RpcHandler;
import io.assetbridge.emulator.netx.rpc.RpcMethods;
import io.assetbridge.emulator.netx.rpc.Tokens;
import io.assetbridge.emulator.netx.state.Catalog;
import io.assetbridge.emulator.netx.webhooks.Webhooks;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** Every route the emulator serves, with the journal and fault stage around the platform ones. */
final class RouteTable {

  private static final String DROPPED = "netx.dropped";

  private RouteTable() {}

  static void install(Javalin app, Catalog catalog, Tokens tokens) {
    Journal journal = new Journal();
    FaultRules rules = new FaultRules();
    Webhooks webhooks = new Webhooks(journal);
    ImportHandlers imports = new ImportHandlers(catalog, tokens, webhooks);
    RpcHandler rpc = new RpcHandler(RpcMethods.table(catalog, webhooks), tokens);
    app.post("/api/rpc", rpc);
    app.post("/api/rpc/", rpc);
    app.post("/api/import/asset", imports::importAsset);
    app.put("/api/import/asset/{id}", imports::reimport);
    app.post("/api/import/asset/{id}/view", imports::attachView);
    app.get("/file/asset/{id}/{kind}/{fileName}", new DownloadHandler(catalog, tokens));
    app.exception(ImportError.class, (e, ctx) -> e.render(ctx));
    stage(app, new FaultStage(rules), new JournalRecorder(journal, tokens::accepted));
    AdminRoutes.install(
        app,
        new AdminRoutes.Parts(catalog, tokens, journal, rules, webhooks, imports.views()::clear));
  }

  private static void stage(Javalin app, FaultStage faults, JournalRecorder recorder) {
    for (String prefix : new String[] {"/api/*", "/file/*"}) {
      app.before(prefix, ctx -> before(ctx, faults));
      app.after(prefix, ctx -> after(ctx, faults, recorder));
    }
    app.exception(
        InjectedFault.class, (e, ctx) -> ctx.attribute(DROPPED, FaultStage.answer(ctx, e.rule())));
  }

  private static void before(Context ctx, FaultStage faults) throws InterruptedException {
    String rpcMethod =
        ctx.path().startsWith("/api/rpc") ? RpcHandler.peekMethod(ctx.bodyAsBytes()) : null;
    JournalRecorder.start(ctx, rpcMethod);
    faults.before(ctx, rpcMethod);
  }

  private static void after(Context ctx, FaultStage faults, JournalRecorder recorder) {
    boolean dropped = Boolean.TRUE.equals(ctx.attribute(DROPPED)) || faults.after(ctx);
    recorder.record(ctx, dropped);
  }
}
