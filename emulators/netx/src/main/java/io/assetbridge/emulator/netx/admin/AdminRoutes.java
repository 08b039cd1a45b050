package io.assetbridge.emulator.netx.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.netx.faults.FaultRules;
import io.assetbridge.emulator.netx.journal.Journal;
import io.assetbridge.emulator.netx.journal.JournalEntry;
import io.assetbridge.emulator.netx.rpc.Tokens;
import io.assetbridge.emulator.netx.state.Catalog;
import io.assetbridge.emulator.netx.webhooks.WebhookSetting;
import io.assetbridge.emulator.netx.webhooks.Webhooks;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code /_emulator/} route table of contract §10: no auth, no journal, no faults. */
public final class AdminRoutes {

  private static final String ROOT = "/_emulator";

  private AdminRoutes() {}

  public record Parts(
      Catalog catalog,
      Tokens tokens,
      Journal journal,
      FaultRules faults,
      Webhooks webhooks,
      Runnable onReset) {}

  public static void install(Javalin app, Parts p) {
    PersonActions person = new PersonActions(p.catalog(), p.webhooks());
    app.post(ROOT + "/reset", ctx -> reset(ctx, p));
    app.put(ROOT + "/tokens", ctx -> tokens(ctx, p.tokens()));
    app.post(ROOT + "/seed", new SeedHandler(p.catalog()));
    app.post(ROOT + "/assets", person::create);
    app.post(ROOT + "/assets/{id}/edit", person::edit);
    app.delete(ROOT + "/assets/{id}", person::delete);
    app.get(ROOT + "/journal", ctx -> journal(ctx, p.journal()));
    app.delete(ROOT + "/journal", ctx -> done(ctx, p.journal()::clear));
    app.put(ROOT + "/faults", ctx -> faults(ctx, p.faults()));
    app.get(ROOT + "/faults", ctx -> ctx.json(p.faults().source()));
    app.delete(ROOT + "/faults", ctx -> done(ctx, p.faults()::clear));
    app.put(ROOT + "/webhook", ctx -> webhook(ctx, p.webhooks()));
    app.get(ROOT + "/webhook", ctx -> webhookSetting(ctx, p.webhooks()));
    app.delete(ROOT + "/webhook", ctx -> done(ctx, p.webhooks()::disable));
    app.exception(
        AdminError.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
  }

  private static void reset(Context ctx, Parts p) {
    p.catalog().reset();
    p.journal().reset();
    p.faults().clear();
    p.webhooks().disable();
    p.onReset().run();
    ctx.status(204);
  }

  private static void done(Context ctx, Runnable action) {
    action.run();
    ctx.status(204);
  }

  private static void tokens(Context ctx, Tokens tokens) {
    JsonNode list = AdminJson.body(ctx).path("tokens");
    if (!list.isArray()) {
      throw new AdminError("send {\"tokens\":[\"t1\",...]}");
    }
    List<String> values = new ArrayList<>();
    list.forEach(t -> values.add(t.asText()));
    done(ctx, () -> tokens.replace(values));
  }

  private static void journal(Context ctx, Journal journal) {
    long after = ctx.queryParamAsClass("after", Long.class).getOrDefault(0L);
    int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(100);
    if (limit < 1 || limit > 1000) {
      throw new AdminError("limit must be 1..1000");
    }
    List<JournalEntry> entries = journal.after(after, limit);
    long next = entries.isEmpty() ? after : entries.get(entries.size() - 1).seq();
    ctx.json(
        Map.of("entries", entries.stream().map(JournalEntry::json).toList(), "nextAfter", next));
  }

  private static void faults(Context ctx, FaultRules faults) {
    try {
      faults.replace(AdminJson.body(ctx));
    } catch (IllegalArgumentException e) {
      throw new AdminError(e.getMessage());
    }
    ctx.status(204);
  }

  private static void webhook(Context ctx, Webhooks webhooks) {
    JsonNode b = AdminJson.body(ctx);
    if (!b.path("url").isTextual() || !b.path("secret").isTextual()) {
      throw new AdminError("send url and secret (and events, enabled, webhookId)");
    }
    List<String> events = new ArrayList<>();
    b.path("events").forEach(e -> events.add(e.asText()));
    if (!b.has("events")) {
      events.addAll(List.of("asset.create", "asset.update", "asset.delete"));
    }
    webhooks.configure(
        new WebhookSetting(
            b.get("url").asText(),
            b.get("secret").asText(),
            events,
            b.path("enabled").asBoolean(true),
            b.path("webhookId").asLong(1)));
    ctx.status(204);
  }

  private static void webhookSetting(Context ctx, Webhooks webhooks) {
    WebhookSetting s = webhooks.setting();
    if (s == null) {
      ctx.json(Map.of("enabled", false));
    } else {
      ctx.json(s.masked());
    }
  }
}
