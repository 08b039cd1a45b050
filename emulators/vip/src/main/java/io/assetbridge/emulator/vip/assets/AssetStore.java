package io.assetbridge.emulator.vip.assets;

import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.http.ProblemType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Assets, their renditions and the unique {@code externalRef} index. */
public final class AssetStore {
  private final Map<String, Asset> assets = new HashMap<>();
  private final Map<String, String> idsByExternalRef = new HashMap<>();
  private final Map<String, Map<String, Rendition>> renditions = new HashMap<>();

  public Optional<Asset> find(String id) {
    return Optional.ofNullable(assets.get(id));
  }

  public Asset require(String id) {
    return find(id).orElseThrow(() -> Problem.notFound("asset " + id));
  }

  public Optional<Asset> byExternalRef(String externalRef) {
    return Optional.ofNullable(idsByExternalRef.get(externalRef)).map(assets::get);
  }

  /** 409 external-ref-taken unless the ref is free or already this asset's. */
  public void ensureRefFree(String externalRef, String assetId) {
    String owner = externalRef == null ? null : idsByExternalRef.get(externalRef);
    if (owner != null && !owner.equals(assetId)) {
      throw new Problem(
              ProblemType.EXTERNAL_REF_TAKEN,
              "externalRef '" + externalRef + "' already names " + owner)
          .with("assetId", owner);
    }
  }

  public void save(Asset asset) {
    ensureRefFree(asset.externalRef(), asset.id());
    Asset previous = assets.put(asset.id(), asset);
    if (previous != null && previous.externalRef() != null) {
      idsByExternalRef.remove(previous.externalRef());
    }
    if (asset.externalRef() != null) {
      idsByExternalRef.put(asset.externalRef(), asset.id());
    }
  }

  public List<Asset> all() {
    return List.copyOf(assets.values());
  }

  public Optional<Rendition> rendition(String assetId, String name) {
    return Optional.ofNullable(renditions.getOrDefault(assetId, Map.of()).get(name));
  }

  /** All renditions of an asset, by name. */
  public List<Rendition> renditions(String assetId) {
    return List.copyOf(renditions.getOrDefault(assetId, Map.of()).values());
  }

  public void saveRendition(String assetId, Rendition rendition) {
    renditions.computeIfAbsent(assetId, id -> new TreeMap<>()).put(rendition.name(), rendition);
  }

  public List<Path> files() {
    List<Path> files = new ArrayList<>();
    assets.values().forEach(asset -> files.add(asset.file().path()));
    renditions.values().forEach(byName -> byName.values().forEach(r -> files.add(r.file().path())));
    return files;
  }
}
