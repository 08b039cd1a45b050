package io.assetbridge.core.config;

import java.util.Map;

/** The whole config file, checked for shape; names and expressions are checked by the engine. */
public record EngineConfig(
    String file,
    String store,
    ServerConfig server,
    EngineSettings engine,
    SearchSettings search,
    Map<String, ConnectionConfig> connections,
    Map<String, io.assetbridge.imaging.RenditionSpec> renditions,
    Map<String, Vocabulary> vocabularies,
    Map<String, FlowConfig> flows) {

  public FlowConfig flow(String name) {
    FlowConfig flow = flows.get(name);
    if (flow == null) {
      throw new ConfigException(
          file
              + ": there is no flow '"
              + name
              + "'. Fix: use one of "
              + String.join(", ", flows.keySet()));
    }
    return flow;
  }
}
