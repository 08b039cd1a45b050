package io.assetbridge.core.flow;

import io.assetbridge.core.config.RouteConfig;
import io.assetbridge.imaging.EmbeddedMetadata;
import io.assetbridge.imaging.RenditionMaker;
import io.assetbridge.imaging.RenditionResult;
import io.assetbridge.imaging.RenditionSpec;
import io.assetbridge.imaging.UnreadableMasterException;
import io.assetbridge.spi.Asset;
import io.assetbridge.spi.AssetContent;
import io.assetbridge.spi.PermanentException;
import io.assetbridge.spi.Ref;
import io.assetbridge.store.Link;
import io.assetbridge.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Makes the renditions a route sends from the source's master and stores them on the target asset.
 * A rendition is made again only when the source version or its spec changed: the fingerprint of
 * both rides on the link, so re-running never uploads a rendition twice.
 */
record RenditionUpload(
    Store store, FlowPlan plan, AssetStep.AuditTrail audit, RenditionMaker maker) {

  StepReport.LinkUpdate ensure(
      Ref source, Asset asset, FlowPlan.Route route, StepReport.LinkUpdate link) {
    Set<String> names = new LinkedHashSet<>();
    route.targets().stream()
        .map(RouteConfig.Target::rendition)
        .filter(Objects::nonNull)
        .forEach(names::add);
    if (names.isEmpty()) {
      return link;
    }
    Map<String, String> last =
        store
            .inTransaction(tx -> tx.links().find(plan.name(), source.toString()))
            .map(Link::fingerprints)
            .orElse(Map.of());
    Map<String, String> prints = new LinkedHashMap<>(link.fingerprints());
    for (String name : names) {
      RenditionSpec spec = plan.renditions().get(name);
      String print = fingerprint(asset, spec);
      prints.put("rendition:" + name, print);
      if (!print.equals(last.get("rendition:" + name))) {
        upload(source, asset, link.targetRef(), spec, print);
      }
    }
    return new StepReport.LinkUpdate(
        link.sourceRef(), link.targetRef(), link.sourceVersion(), prints);
  }

  /**
   * What shapes the rendition: the master's file facts, the spec and, only when the spec embeds it,
   * the metadata. Not the source version: a metadata edit (our own write-back included) must not
   * make a stripped rendition again.
   */
  static String fingerprint(Asset asset, RenditionSpec spec) {
    var file = asset.file();
    String master =
        file == null
            ? asset.version()
            : file.name()
                + "|"
                + file.size()
                + "|"
                + file.width()
                + "x"
                + file.height()
                + "|"
                + file.sha256();
    String embedded = spec.keepMetadata() ? metadata(asset, spec).toString() : "";
    return Fingerprints.sha256(master + "|" + spec + "|" + embedded);
  }

  private void upload(Ref source, Asset asset, String targetRef, RenditionSpec spec, String print) {
    Path file = temporaryFile(spec);
    try {
      RenditionResult result = render(source, asset, spec, file);
      String key =
          Fingerprints.sha256(plan.name() + "|" + source + "|" + spec.name() + "|" + print);
      try (InputStream in = Files.newInputStream(file)) {
        var content = new AssetContent(in, result.fileName(), result.mediaType(), result.bytes());
        plan.renditionWriter().putRendition(Ref.parse(targetRef).id(), spec.name(), content, key);
      }
      audit.add(
          "rendition-made",
          targetRef,
          "ok",
          spec.name()
              + ": "
              + result.width()
              + "x"
              + result.height()
              + " "
              + result.mediaType()
              + ", "
              + result.bytes()
              + " bytes");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "rendition " + spec.name() + " of " + source + ": " + e.getMessage(), e);
    } finally {
      delete(file);
    }
  }

  private RenditionResult render(Ref source, Asset asset, RenditionSpec spec, Path file)
      throws IOException {
    try (AssetContent master = plan.source().openContent(source.id());
        OutputStream out = Files.newOutputStream(file)) {
      return maker.render(master.stream(), master.fileName(), spec, metadata(asset, spec), out);
    } catch (UnreadableMasterException e) {
      throw new PermanentException(
          "rendition " + spec.name() + " of " + source + ": " + e.getMessage(), e);
    }
  }

  private static EmbeddedMetadata metadata(Asset asset, RenditionSpec spec) {
    return spec.keepMetadata()
        ? new EmbeddedMetadata(
            asset.title(),
            asset.caption(),
            asset.credit(),
            asset.copyright(),
            asset.byline(),
            asset.keywords())
        : EmbeddedMetadata.NONE;
  }

  private static Path temporaryFile(RenditionSpec spec) {
    try {
      return Files.createTempFile("assetbridge-rendition-", spec.format().extension());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create a temporary file for rendition " + spec.name(), e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
