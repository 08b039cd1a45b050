package io.assetbridge.app;

import io.assetbridge.store.Job;
import io.assetbridge.store.JobState;
import io.assetbridge.store.Store;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobs list|retry|resolve}: the job queue as the store holds it, and held conflicts. */
@Command(
    name = "jobs",
    description = "List jobs, replay dead ones, or resolve held conflicts.",
    subcommands = {JobsCommand.ListJobs.class, JobsCommand.RetryJobs.class, ResolveCommand.class})
final class JobsCommand {

  @Command(name = "list", description = "List jobs, newest first.")
  static final class ListJobs implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = "--state", description = "pending, running, done or dead")
    JobState state;

    @Option(names = "--flow")
    String flow;

    @Option(names = "--limit", defaultValue = "100")
    int limit;

    @Option(
        names = "--conflicts",
        description = "list the conflicts two-way flows hold for a person instead")
    boolean conflicts;

    @Option(names = "--json", description = "one JSON object per job (JSON Lines)")
    boolean json;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      try (Store store = Store.open(config.load().store(), InstantSource.system())) {
        if (conflicts) {
          ConflictTable.print(out, store.inTransaction(tx -> tx.conflicts().held(flow)));
          return 0;
        }
        List<Job> jobs = store.inTransaction(tx -> tx.jobs().list(state, flow, limit));
        if (json) {
          JsonLines lines = new JsonLines(out);
          jobs.forEach(lines::write);
          return 0;
        }
        out.printf(
            "%-8s %-20s %-28s %-8s %-8s %s%n",
            "ID", "FLOW", "SOURCE", "STATE", "ATTEMPTS", "LAST ERROR / OUTCOME");
        for (Job j : jobs) {
          String info =
              j.state() == JobState.DONE ? j.outcome() : j.lastError() == null ? "" : j.lastError();
          out.printf(
              "%-8d %-20s %-28s %-8s %-8d %s%n",
              j.id(), j.flow(), j.sourceRef(), j.state().name().toLowerCase(), j.attempts(), info);
        }
        out.println(
            jobs.size() + " job(s); counts " + store.inTransaction(tx -> tx.jobs().counts(flow)));
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "retry",
      description = "Replay dead jobs: one by --id, or all of them (optionally of one --flow).")
  static final class RetryJobs implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = "--id", description = "the dead job to replay")
    Long id;

    @Option(names = "--flow", description = "only this flow's dead jobs")
    String flow;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      try (Store store = Store.open(config.load().store(), InstantSource.system())) {
        int n = store.inTransaction(tx -> tx.jobs().retryDead(id, flow));
        out.println(n + " dead job(s) queued again; `run` or `sync` will work them");
        out.flush();
        return id != null && n == 0 ? Main.FAILED : 0;
      }
    }
  }
}
