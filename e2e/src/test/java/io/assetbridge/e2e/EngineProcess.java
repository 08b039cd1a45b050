package io.assetbridge.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The engine's command line in its own JVM, so a test can really kill it. */
final class EngineProcess {
  private EngineProcess() {}

  static Process start(Path log, String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    var command =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "io.assetbridge.app.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
  }
}
