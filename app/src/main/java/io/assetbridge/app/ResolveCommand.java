package io.assetbridge.app;

import io.assetbridge.core.engine.Engine;
import io.assetbridge.core.sync.ConflictResolution;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jobs resolve ID --take CONNECTION}: a person decides a held conflict. */
@Command(
    name = "resolve",
    description =
        "Resolve a held conflict of a two-way flow: the --take side's value is written to the"
            + " other side.")
final class ResolveCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Parameters(index = "0", description = "the conflict's id, from `jobs list --conflicts`")
  long id;

  @Option(
      names = "--take",
      required = true,
      description = "the connection whose value wins, e.g. ps or netx")
  String take;

  @Option(names = "--by", defaultValue = "cli", description = "who decided, for the audit trail")
  String by;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Engine engine = Engine.open(config.load(), InstantSource.system())) {
      var out = spec.commandLine().getOut();
      out.println(new ConflictResolution(engine).resolve(id, take, by));
      out.flush();
      return 0;
    }
  }
}
