package io.assetbridge.app;

import io.assetbridge.core.config.ConfigLoader;
import io.assetbridge.core.config.EngineConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config F} option every engine command shares. */
final class ConfigOption {
  @Option(
      names = {"-c", "--config"},
      required = true,
      paramLabel = "FILE",
      description = "the YAML config file")
  Path file;

  EngineConfig load() {
    return ConfigLoader.load(file);
  }
}
