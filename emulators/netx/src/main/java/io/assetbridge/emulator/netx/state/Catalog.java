package io.assetbridge.emulator.netx.state;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tenant's state: attributes, folders and assets. Every method is synchronized, so each change
 * is atomic and modDates are issued in order.
 */
public final class Catalog {

  private static final long FIRST_ASSET_ID = 1001;
  private final InstantSource clock;
  private final Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
  private final TreeMap<Long, Asset> assets = new TreeMap<>();
  private final FolderTree folders = new FolderTree();
  private long nextAssetId = FIRST_ASSET_ID;
  private long lastModDate;

  public Catalog(InstantSource clock) {
    this.clock = clock;
    reset();
  }

  public synchronized void reset() {
    attributes.clear();
    DefaultAttributes.all().forEach(this::define);
    assets.clear();
    folders.clear();
    nextAssetId = FIRST_ASSET_ID;
  }

  public synchronized void define(AttributeDefinition definition) {
    attributes.put(definition.label(), definition);
  }

  public synchronized List<AttributeDefinition> attributes() {
    return List.copyOf(attributes.values());
  }

  public synchronized boolean hasAttribute(String label) {
    return attributes.containsKey(label);
  }

  public synchronized Optional<Asset> asset(long id) {
    return Optional.ofNullable(assets.get(id));
  }

  /** Every asset, by id ascending. */
  public synchronized List<Asset> assets() {
    return new ArrayList<>(assets.values());
  }

  /** Adds an asset; {@code dates} null entries take the next modDate. */
  public synchronized Asset add(NewAsset spec) {
    validate(spec.edit());
    long now = nextModDate();
    long modDate = spec.modDate() == null ? now : spec.modDate();
    lastModDate = Math.max(lastModDate, modDate);
    long created = spec.creationDate() == null ? now : spec.creationDate();
    long imported = spec.importDate() == null ? now : spec.importDate();
    Set<Long> inFolders = spec.folderId() == null ? Set.of() : Set.of(spec.folderId());
    Asset fresh =
        new Asset(
            nextAssetId++,
            spec.file().name(),
            created,
            imported,
            modDate,
            List.of(),
            spec.file(),
            Map.of(),
            inFolders);
    return put(fresh.withEdit(spec.edit()));
  }

  public synchronized Optional<Asset> edit(long id, AssetEdit edit) {
    validate(edit);
    return change(id, a -> a.withEdit(edit));
  }

  public synchronized Optional<Asset> replaceFile(long id, StoredFile file) {
    return change(id, a -> a.withFile(file));
  }

  /** Adds or removes a folder membership; empty when the asset is unknown. */
  public synchronized Optional<Asset> setInFolder(long id, long folderId, boolean member) {
    return change(
        id,
        a -> {
          Set<Long> ids = new HashSet<>(a.folderIds());
          if (member) {
            ids.add(folderId);
          } else {
            ids.remove(folderId);
          }
          return a.withFolders(ids);
        });
  }

  public synchronized Optional<Asset> delete(long id) {
    return Optional.ofNullable(assets.remove(id));
  }

  public synchronized Optional<Folder> folder(long id) {
    return folders.byId(id);
  }

  public synchronized Optional<Folder> folderByPath(String path) {
    return folders.byPath(path);
  }

  public synchronized Folder createFolder(String path) {
    return folders.create(path);
  }

  public synchronized Set<Long> folderSubtree(long id, boolean recursive) {
    return folders.subtree(id, recursive);
  }

  private Optional<Asset> change(long id, java.util.function.UnaryOperator<Asset> how) {
    Asset current = assets.get(id);
    if (current == null) {
      return Optional.empty();
    }
    return Optional.of(put(how.apply(current).withModDate(nextModDate())));
  }

  private Asset put(Asset asset) {
    assets.put(asset.id(), asset);
    return asset;
  }

  // strictly increasing across all assets, as contract §3 promises
  private long nextModDate() {
    lastModDate = Math.max(clock.millis(), lastModDate + 1);
    return lastModDate;
  }

  private void validate(AssetEdit edit) {
    edit.attributes()
        .forEach(
            (label, values) -> {
              AttributeDefinition def = attributes.get(label);
              if (def == null) {
                throw new InvalidEdit("unknown attribute label '" + label + "'");
              }
              String why = def.rejection(values);
              if (why != null) {
                throw new InvalidEdit(why);
              }
            });
  }
}
