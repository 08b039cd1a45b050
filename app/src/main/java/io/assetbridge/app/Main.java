package io.assetbridge.app;

import io.assetbridge.app.server.Telemetry;
import io.assetbridge.core.config.ConfigException;
import io.assetbridge.core.engine.SyncPass;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code assetbridge} command. */
@Command(
    name = "assetbridge",
    mixinStandardHelpOptions = true,
    version = "assetbridge 0.1.0",
    description = "Keeps PhotoShelter, NetX and VIP in step.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      CheckCommand.class,
      SyncCommand.class,
      SearchCommand.class,
      JobsCommand.class,
      AuditCommand.class,
      EmulateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  @Option(
      names = "--log-format",
      paramLabel = "FORMAT",
      scope = ScopeType.INHERIT,
      description = "log lines on stderr as text (default) or json, one object per line")
  void logFormat(LogFormat format) {
    format.apply(); // picocli sets options before the subcommand runs, so no line is missed
  }

  /** Exit codes: 0 ok, 1 something failed at run time, 2 bad config or arguments. */
  static final int FAILED = 1;

  static final int BAD_INPUT = 2;

  public static void main(String[] args) {
    Telemetry.registry(); // count from the first API call on
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(Main::handle)
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    var err = cmd.getErr();
    switch (e) {
      case ConfigException c -> {
        err.println("error: " + c.getMessage());
        return BAD_INPUT;
      }
      case StoreException s -> err.println("error: store: " + s.getMessage());
      case SyncPass.FlowDisabled d -> err.println("error: " + d.getMessage());
      case ConnectorException c -> err.println("error: " + c.getMessage());
      default -> {
        err.println("error: " + e);
        e.printStackTrace(err);
      }
    }
    return FAILED;
  }
}
