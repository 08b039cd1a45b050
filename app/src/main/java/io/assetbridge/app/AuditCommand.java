package io.assetbridge.app;

import io.assetbridge.core.audit.AssetTimeline;
import io.assetbridge.core.audit.AuditExport;
import io.assetbridge.core.audit.AuditTail;
import io.assetbridge.store.AuditQuery;
import io.assetbridge.store.AuditRecord;
import io.assetbridge.store.AuditVerification;
import io.assetbridge.store.Store;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit list|export|verify}: the hash-chained audit trail. */
@Command(
    name = "audit",
    description = "Read, export or verify the audit trail.",
    subcommands = {
      AuditCommand.ListRecords.class,
      AuditCommand.Export.class,
      AuditCommand.Verify.class
    })
final class AuditCommand {

  @Command(
      name = "list",
      description =
          "One asset's timeline across systems (any of its refs finds it), or the latest records.")
  static final class ListRecords implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = "--asset", paramLabel = "REF", description = "e.g. ps:I0000abc or vip:ast_12")
    String asset;

    @Option(names = "--flow")
    String flow;

    @Option(
        names = "--limit",
        defaultValue = "100",
        description = "without --asset: how many records")
    int limit;

    @Option(names = "--json", description = "one JSON object per record (JSON Lines)")
    boolean json;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      try (Store store = Store.open(config.load().store(), InstantSource.system())) {
        List<AuditRecord> records =
            asset != null
                ? AssetTimeline.of(store, asset, flow)
                : AuditTail.newest(store, flow, limit);
        if (json) {
          JsonLines lines = new JsonLines(out);
          records.forEach(lines::write);
        } else {
          records.forEach(r -> out.println(describe(r)));
          out.println(records.size() + " record(s)");
          out.flush();
        }
        return asset != null && records.isEmpty() ? Main.FAILED : 0;
      }
    }

    static String describe(AuditRecord r) {
      return String.format(
          "%6d %s %-16s %-12s %s%s %s%s",
          r.seq(),
          r.at(),
          r.flow(),
          r.action(),
          r.sourceRef(),
          r.targetRef() == null ? "" : " → " + r.targetRef(),
          r.outcome(),
          r.detail() == null ? "" : ": " + r.detail());
    }
  }

  @Command(name = "export", description = "Stream records as CSV or JSON Lines.")
  static final class Export implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = "--format", defaultValue = "jsonl", description = "csv or jsonl")
    AuditExport.Format format;

    @Option(names = "--since", paramLabel = "INSTANT")
    Instant since;

    @Option(names = "--flow")
    String flow;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "write here instead of standard output")
    Path file;

    @Spec CommandSpec spec;

    /** Whether progress may be redrawn in place; tests set it. */
    boolean terminal = Terminal.attached();

    @Override
    public Integer call() throws Exception {
      AuditQuery query = AuditQuery.all();
      query = since == null ? query : query.withSince(since);
      query = flow == null ? query : query.withFlow(flow);
      var progress =
          new CountProgress(
              "audit export", spec.commandLine().getErr(), terminal, InstantSource.system());
      try (Store store = Store.open(config.load().store(), InstantSource.system());
          Writer out =
              progress.counting(
                  file == null
                      ? new BufferedWriter(
                          new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                      : Files.newBufferedWriter(file))) {
        long n = AuditExport.write(store, query, format, out);
        out.flush();
        progress.finish();
        spec.commandLine()
            .getErr()
            .println("exported " + n + " audit record(s)" + (file == null ? "" : " to " + file));
      }
      return 0;
    }
  }

  @Command(
      name = "verify",
      description = "Walk the hash chain; report any edited or deleted record.")
  static final class Verify implements Callable<Integer> {
    @Mixin ConfigOption config;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      try (Store store = Store.open(config.load().store(), InstantSource.system())) {
        AuditVerification v = store.inTransaction(tx -> tx.audit().verify());
        v.problems().forEach(p -> out.println("problem: " + p));
        out.println(
            v.intact()
                ? "audit trail intact: " + v.recordsChecked() + " record(s) checked"
                : "audit trail BROKEN: "
                    + v.problems().size()
                    + " problem(s) in "
                    + v.recordsChecked()
                    + " record(s)");
        out.flush();
        return v.intact() ? 0 : Main.FAILED;
      }
    }
  }
}
