package io.assetbridge.core.flow;

import io.assetbridge.core.config.FlowConfig;
import io.assetbridge.core.config.RouteConfig;
import io.assetbridge.core.config.Vocabulary;
import io.assetbridge.core.expr.CompiledExpression;
import io.assetbridge.imaging.RenditionSpec;
import io.assetbridge.spi.AssetReader;
import io.assetbridge.spi.AssetWriter;
import io.assetbridge.spi.ChangeSource;
import io.assetbridge.spi.DeliveryReader;
import io.assetbridge.spi.Distributor;
import io.assetbridge.spi.RenditionWriter;
import io.assetbridge.spi.SubmissionSource;
import java.util.List;
import java.util.Map;

/**
 * A flow ready to run: its connectors looked up and its expressions compiled. A two-way flow also
 * reads its target ({@code targetReader}) and writes its source ({@code sourceWriter}), as do the
 * {@code back} and gate ({@code blockedBack}) mappings.
 */
public record FlowPlan(
    FlowConfig config,
    AssetReader source,
    ChangeSource changes,
    AssetWriter writer,
    Distributor distributor,
    DeliveryReader deliveries,
    SubmissionSource submissions,
    CompiledExpression when,
    List<Route> routes,
    Map<String, CompiledExpression> mapping,
    AssetWriter sourceWriter,
    Map<String, CompiledExpression> back,
    RenditionWriter renditionWriter,
    Map<String, RenditionSpec> renditions,
    AssetReader targetReader,
    Map<String, Vocabulary> lookups,
    Map<String, CompiledExpression> blockedBack) {

  public String name() {
    return config.name();
  }

  /** Whether an event of this kind from this connection triggers the flow. */
  public boolean triggeredBy(String connection, String kind) {
    if (config.isTwoWay()) {
      return config.source().equals(connection) || config.target().equals(connection);
    }
    // rights moments (an embargo lifting, a licence expiring) concern every flow of the asset
    return config.source().equals(connection)
        && (config.on().isEmpty() || config.on().contains(kind) || kind.startsWith("rights."));
  }

  /** The change feeds to poll for this flow: the source's, and a two-way flow's target's too. */
  public List<ChangeSource> changeSources() {
    List<ChangeSource> sources = new java.util.ArrayList<>();
    if (changes != null) {
      sources.add(changes);
    }
    if (targetReader instanceof ChangeSource target) {
      sources.add(target);
    }
    return sources;
  }

  /**
   * A route: its condition (null = always) and its targets; {@code index} counts from 1 for
   * messages.
   */
  public record Route(int index, CompiledExpression when, List<RouteConfig.Target> targets) {}
}
