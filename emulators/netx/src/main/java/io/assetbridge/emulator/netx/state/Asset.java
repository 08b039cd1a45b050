package io.assetbridge.emulator.netx.state;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** An immutable asset snapshot; the catalog replaces it on every change. */
public record Asset(
    long id,
    String name,
    long creationDate,
    long importDate,
    long modDate,
    List<String> keywords,
    StoredFile file,
    Map<String, List<String>> attributes,
    Set<Long> folderIds) {

  public Asset {
    keywords = List.copyOf(keywords);
    attributes = Map.copyOf(attributes);
    folderIds = Set.copyOf(folderIds);
  }

  public List<String> attribute(String label) {
    return attributes.getOrDefault(label, List.of());
  }

  public Asset withModDate(long newModDate) {
    return new Asset(
        id, name, creationDate, importDate, newModDate, keywords, file, attributes, folderIds);
  }

  public Asset withEdit(AssetEdit edit) {
    java.util.HashMap<String, List<String>> attrs = new java.util.HashMap<>(attributes);
    edit.attributes().forEach((k, v) -> putOrClear(attrs, k, v));
    return new Asset(
        id,
        edit.name() == null ? name : edit.name(),
        creationDate,
        importDate,
        modDate,
        edit.keywords() == null ? keywords : edit.keywords(),
        edit.fileName() == null ? file : file.renamed(edit.fileName()),
        attrs,
        folderIds);
  }

  public Asset withFile(StoredFile newFile) {
    return new Asset(
        id, name, creationDate, importDate, modDate, keywords, newFile, attributes, folderIds);
  }

  public Asset withFolders(Set<Long> newFolderIds) {
    return new Asset(
        id, name, creationDate, importDate, modDate, keywords, file, attributes, newFolderIds);
  }

  private static void putOrClear(Map<String, List<String>> attrs, String k, List<String> v) {
    if (v.isEmpty()) {
      attrs.remove(k);
    } else {
      attrs.put(k, List.copyOf(v));
    }
  }
}
