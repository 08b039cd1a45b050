package io.assetbridge.app.admin;

import io.assetbridge.core.audit.AuditExport;
import io.assetbridge.store.AuditQuery;
import io.assetbridge.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/audit/export?format=csv|jsonl&since=&flow=}: streams the records straight to the
 * response, never holding the trail in memory.
 */
final class ExportAudit implements Handler {
  private final Store store;

  ExportAudit(Store store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    AuditExport.Format format = Params.format(ctx);
    AuditQuery query = AuditQuery.all();
    var since = Params.instant(ctx, "since");
    String flow = Params.text(ctx, "flow");
    query = since == null ? query : query.withSince(since);
    query = flow == null ? query : query.withFlow(flow);
    boolean csv = format == AuditExport.Format.CSV;
    ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    ctx.header(
        "Content-Disposition", "attachment; filename=\"audit." + (csv ? "csv" : "jsonl") + "\"");
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      AuditExport.write(store, query, format, out);
    } catch (UncheckedIOException e) {
      throw e.getCause(); // the client went away mid-export
    }
  }
}
