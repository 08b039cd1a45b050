package io.assetbridge.core.flow;

import io.assetbridge.core.config.ConfigException;
import io.assetbridge.core.config.EngineConfig;
import io.assetbridge.core.config.FlowConfig;
import io.assetbridge.core.config.RouteConfig;
import io.assetbridge.core.config.Vocabulary;
import io.assetbridge.core.connect.ConnectorRegistry;
import io.assetbridge.core.expr.AssetExpressions;
import io.assetbridge.core.expr.CompiledExpression;
import io.assetbridge.imaging.RenditionSpec;
import io.assetbridge.spi.AssetReader;
import io.assetbridge.spi.AssetWriter;
import io.assetbridge.spi.ChangeSource;
import io.assetbridge.spi.CollectionWriter;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.DeliveryReader;
import io.assetbridge.spi.Distributor;
import io.assetbridge.spi.RenditionWriter;
import io.assetbridge.spi.SubmissionSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compiles every configured flow, checking that its connections can do what it asks of them. */
public final class FlowPlans {
  private FlowPlans() {}

  public static Map<String, FlowPlan> compile(EngineConfig config, ConnectorRegistry connectors) {
    Map<String, FlowPlan> plans = new LinkedHashMap<>();
    config
        .flows()
        .values()
        .forEach(
            flow ->
                plans.put(
                    flow.name(),
                    compile(flow, connectors, config.renditions(), config.vocabularies())));
    return plans;
  }

  static FlowPlan compile(
      FlowConfig flow,
      ConnectorRegistry connectors,
      Map<String, RenditionSpec> renditions,
      Map<String, Vocabulary> vocabularies) {
    Connector source = connection(flow, flow.source(), connectors);
    Connector target = connection(flow, flow.target(), connectors);
    if (flow.isTwoWay()) {
      return twoWay(flow, source, target);
    }
    AssetReader reader = capability(flow, source, AssetReader.class, "read assets");
    AssetWriter writer = capability(flow, target, AssetWriter.class, "write assets");
    Distributor distributor =
        flow.action().equals("distribute")
            ? capability(flow, target, Distributor.class, "distribute")
            : null;
    if (flow.action().equals("publish")) {
      capability(flow, target, CollectionWriter.class, "put assets into galleries or folders");
      checkGalleryRoutes(flow);
    }
    if (distributor != null && flow.routes().isEmpty()) {
      throw ConfigException.at(
          flow.node(),
          "a distribute flow needs at least one route",
          "add routes: [ { with: { list: …, channel: … } } ]");
    }
    return new FlowPlan(
        flow,
        reader,
        source instanceof ChangeSource cs ? cs : null,
        writer,
        distributor,
        flow.action().equals("write-back")
            ? capability(flow, source, DeliveryReader.class, "report deliveries")
            : null,
        flow.action().equals("ingest")
            ? capability(flow, source, SubmissionSource.class, "take in submissions")
            : null,
        flow.when() == null ? null : AssetExpressions.compile(flow.when(), true),
        routes(flow),
        mapping(flow, writer),
        flow.back().isEmpty() && flow.blockedBack().isEmpty()
            ? null
            : capability(flow, source, AssetWriter.class, "take writes back"),
        sourceWrites(flow.back(), source),
        usesRenditions(flow, renditions)
            ? capability(flow, target, RenditionWriter.class, "store renditions")
            : null,
        renditions,
        null,
        lookups(flow, vocabularies),
        sourceWrites(flow.blockedBack(), source));
  }

  /** A publish flow's routes name galleries, and only galleries. */
  private static void checkGalleryRoutes(FlowConfig flow) {
    if (flow.routes().isEmpty()) {
      throw ConfigException.at(
          flow.node(),
          "a publish flow needs at least one route",
          "add routes: [ { with: { gallery: Press EMEA } } ]");
    }
    for (RouteConfig route : flow.routes()) {
      for (RouteConfig.Target t : route.targets()) {
        if (t.gallery() == null) {
          throw ConfigException.at(
              route.node(), "a publish route sends to galleries", "write with: { gallery: … }");
        }
      }
    }
  }

  /** Each mapped field that goes through a vocabulary, with that vocabulary. */
  private static Map<String, Vocabulary> lookups(
      FlowConfig flow, Map<String, Vocabulary> vocabularies) {
    Map<String, Vocabulary> out = new LinkedHashMap<>();
    flow.lookups()
        .forEach(
            (field, name) -> {
              Vocabulary v = vocabularies.get(name);
              if (v == null) {
                throw ConfigException.at(
                    flow.map().get(field).node(),
                    "the mapping of '"
                        + field
                        + "' uses vocabulary '"
                        + name
                        + "', which is not defined",
                    vocabularies.isEmpty()
                        ? "define it under vocabularies: (a CSV file or an inline map)"
                        : "use one of " + String.join(", ", vocabularies.keySet()));
              }
              out.put(field, v);
            });
    return out;
  }

  /** Both sides read, write every synced field and list their changes. */
  private static FlowPlan twoWay(FlowConfig flow, Connector source, Connector target) {
    for (Connector side : List.of(source, target)) {
      capability(flow, side, AssetReader.class, "read assets");
      AssetWriter w = capability(flow, side, AssetWriter.class, "write assets");
      for (String field : flow.twoWay().fields()) {
        if (!w.canWrite(field)) {
          throw ConfigException.at(
              flow.node(),
              "connection '" + side.connectionName() + "' cannot write " + field,
              "sync only fields both connections can write");
        }
      }
    }
    return new FlowPlan(
        flow,
        (AssetReader) source,
        source instanceof ChangeSource cs ? cs : null,
        (AssetWriter) target,
        null,
        null,
        null,
        flow.when() == null ? null : AssetExpressions.compile(flow.when(), true),
        List.of(),
        Map.of(),
        (AssetWriter) source,
        Map.of(),
        null,
        Map.of(),
        (AssetReader) target,
        Map.of(),
        Map.of());
  }

  private static Connector connection(FlowConfig flow, String name, ConnectorRegistry connectors) {
    Connector connector = connectors.get(name);
    if (connector == null) {
      throw ConfigException.at(
          flow.node(),
          "flow '" + flow.name() + "' names the connection '" + name + "', which is not configured",
          "use one of " + String.join(", ", connectors.all().keySet()));
    }
    return connector;
  }

  private static <T> T capability(
      FlowConfig flow, Connector connector, Class<T> type, String what) {
    if (!type.isInstance(connector)) {
      throw ConfigException.at(
          flow.node(),
          "connection '" + connector.connectionName() + "' cannot " + what,
          "pick a connection whose platform can " + what);
    }
    return type.cast(connector);
  }

  private static List<FlowPlan.Route> routes(FlowConfig flow) {
    List<FlowPlan.Route> routes = new ArrayList<>();
    for (RouteConfig route : flow.routes()) {
      CompiledExpression when =
          route.when() == null ? null : AssetExpressions.compile(route.when(), true);
      routes.add(new FlowPlan.Route(routes.size() + 1, when, route.targets()));
    }
    return routes;
  }

  /** Whether any route target names a rendition; each named one must be configured. */
  private static boolean usesRenditions(FlowConfig flow, Map<String, RenditionSpec> renditions) {
    boolean any = false;
    for (RouteConfig route : flow.routes()) {
      for (RouteConfig.Target target : route.targets()) {
        if (target.rendition() != null) {
          any = true;
          if (!renditions.containsKey(target.rendition())) {
            throw ConfigException.at(
                route.node(),
                "the route sends rendition '" + target.rendition() + "', which is not configured",
                renditions.isEmpty()
                    ? "define it under renditions:"
                    : "use one of " + String.join(", ", renditions.keySet()));
          }
        }
      }
    }
    return any;
  }

  /**
   * A mapping written to the source: the flow's {@code back:} after a write, or the gate's when it
   * blocks an asset.
   */
  private static Map<String, CompiledExpression> sourceWrites(
      Map<String, FlowConfig.Expression> mapping, Connector source) {
    Map<String, CompiledExpression> back = new LinkedHashMap<>();
    mapping.forEach(
        (field, expression) -> {
          if (!(source instanceof AssetWriter w) || !w.canWrite(field)) {
            throw ConfigException.at(
                expression.node(),
                "'" + source.connectionName() + "' cannot take the field '" + field + "'",
                "write back to a field the source can write, e.g. iptc:edit_status or tag:<name>");
          }
          back.put(field, AssetExpressions.compile(expression, false));
        });
    return back;
  }

  private static Map<String, CompiledExpression> mapping(FlowConfig flow, AssetWriter writer) {
    Map<String, CompiledExpression> mapping = new LinkedHashMap<>();
    flow.map()
        .forEach(
            (field, expression) -> {
              if (!writer.canWrite(field)) {
                throw ConfigException.at(
                    expression.node(),
                    "'" + writer.connectionName() + "' has no writable field '" + field + "'",
                    "map to one of "
                        + String.join(", ", writer.writableFields().stream().sorted().toList()));
              }
              mapping.put(field, AssetExpressions.compile(expression, false));
            });
    if (mapping.isEmpty() && flow.action().equals("write-back")) {
      throw ConfigException.at(
          flow.node(),
          "a write-back flow needs a 'map'",
          "say which fields receive what, e.g. map: { \"tag:distribution_status\": distribution.status }");
    }
    return mapping.isEmpty() ? DefaultMapping.forWriter(writer) : mapping;
  }
}
