package io.assetbridge.core.config;

import io.assetbridge.spi.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/** Reads the YAML config file into an {@link EngineConfig}. */
public final class ConfigLoader {
  private static final Set<String> TOP =
      Set.of(
          "store",
          "server",
          "engine",
          "connections",
          "flows",
          "renditions",
          "vocabularies",
          "search");
  private final EnvSubstitution env;

  public ConfigLoader(EnvSubstitution env) {
    this.env = env;
  }

  public static EngineConfig load(Path file) {
    return new ConfigLoader(EnvSubstitution.system()).read(file);
  }

  public EngineConfig read(Path file) {
    String name = file.toString();
    try {
      return parse(name, Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          name + ": no such file. Fix: pass --config with the path of your YAML config");
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  public EngineConfig parse(String name, String yaml) {
    ConfigNode root = new ConfigNode(name, "", compose(name, yaml), env);
    Map<String, ConfigNode> top = root.entries(TOP);
    return new EngineConfig(
        name,
        top.containsKey("store")
            ? top.get("store").requiredText()
            : "jdbc:h2:file:./data/assetbridge",
        top.containsKey("server") ? server(top.get("server")) : ServerConfig.DEFAULT,
        top.containsKey("engine")
            ? EngineSettingsReader.read(top.get("engine"))
            : EngineSettings.defaults(),
        top.containsKey("search")
            ? SearchSettingsReader.read(top.get("search"))
            : SearchSettings.defaults(),
        connections(required(root, top, "connections")),
        top.containsKey("renditions") ? RenditionReader.read(top.get("renditions")) : Map.of(),
        top.containsKey("vocabularies")
            ? VocabularyReader.read(top.get("vocabularies"), baseDir(name))
            : Map.of(),
        flows(required(root, top, "flows")));
  }

  private static Node compose(String name, String yaml) {
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(name).build();
      var composer =
          new Composer(
              settings,
              new ParserImpl(settings, new StreamReader(settings, BarePlaceholders.quote(yaml))));
      if (!composer.hasNext()) {
        throw new ConfigException(
            name + ": the file is empty. Fix: start from the README's example config");
      }
      return composer.next();
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      String text =
          line > 0 && line <= yaml.lines().count()
              ? yaml.lines().skip(line - 1).findFirst().orElse("")
              : "";
      String hint =
          text.contains("${") && text.contains("{ ")
              ? "quote ${...} inside { } (write \"${VAR}\"): braces are YAML syntax there"
              : "check indentation and quoting on that line (quote values containing ': ' or '#')";
      throw new ConfigException(
          name + ":" + line + ": not valid YAML: " + e.getProblem() + ". Fix: " + hint);
    }
  }

  /** Relative vocabulary files are read next to the config file. */
  private static Path baseDir(String configName) {
    Path parent = Path.of(configName).toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  private static ConfigNode required(ConfigNode root, Map<String, ConfigNode> top, String key) {
    if (!top.containsKey(key)) {
      throw ConfigException.at(
          root, "the '" + key + "' section is missing", "add it (see the README's example)");
    }
    return top.get(key);
  }

  private static ServerConfig server(ConfigNode node) {
    Map<String, ConfigNode> entries = node.entries(Set.of("port", "adminToken"));
    int port = entries.containsKey("port") ? Numbers.integer(entries.get("port")) : 8080;
    String token = entries.containsKey("adminToken") ? entries.get("adminToken").text() : null;
    return new ServerConfig(port, token == null || token.isBlank() ? null : new Secret(token));
  }

  private static Map<String, ConnectionConfig> connections(ConfigNode node) {
    Map<String, ConnectionConfig> out = new LinkedHashMap<>();
    node.entries().forEach((name, body) -> out.put(name, connection(name, body)));
    if (out.isEmpty()) {
      throw ConfigException.at(
          node, "no connections are configured", "add at least one under 'connections'");
    }
    return out;
  }

  private static ConnectionConfig connection(String name, ConfigNode body) {
    if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
      throw ConfigException.at(
          body,
          "connection name '" + name + "' is not allowed",
          "use letters, digits, '-' and '_' (it prefixes refs)");
    }
    Map<String, ConfigNode> settings = new LinkedHashMap<>(body.entries());
    ConfigNode type = settings.remove("type");
    if (type == null) {
      throw ConfigException.at(
          body, "the connection has no 'type'", "add type: photoshelter, vip or netx");
    }
    return new ConnectionConfig(name, type.requiredText(), settings, body);
  }

  private static Map<String, FlowConfig> flows(ConfigNode node) {
    Map<String, FlowConfig> out = new LinkedHashMap<>();
    node.entries().forEach((name, body) -> out.put(name, FlowReader.read(name, body)));
    return out;
  }
}
