package io.assetbridge.emulator.netx.state;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Folders by id and by path; ids are their own sequence, separate from asset ids. */
final class FolderTree {

  private final Map<Long, Folder> byId = new LinkedHashMap<>();
  private final Map<String, Folder> byPath = new LinkedHashMap<>();
  private long nextId = 1;

  void clear() {
    byId.clear();
    byPath.clear();
    nextId = 1;
  }

  Optional<Folder> byId(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  Optional<Folder> byPath(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** Returns the folder at {@code path}, creating it and any missing ancestors. */
  Folder create(String path) {
    String[] names = path.split("/", -1);
    Folder parent = null;
    StringBuilder sofar = new StringBuilder();
    for (String name : names) {
      if (name.isEmpty()) {
        throw new InvalidEdit("folder path '" + path + "' has an empty segment");
      }
      sofar.append(sofar.isEmpty() ? "" : "/").append(name);
      Folder existing = byPath.get(sofar.toString());
      parent = existing != null ? existing : add(name, sofar.toString(), parent);
    }
    return parent;
  }

  /** The folder and, when {@code recursive}, every folder below it. */
  Set<Long> subtree(long id, boolean recursive) {
    Set<Long> ids = new HashSet<>();
    Folder root = byId.get(id);
    if (root == null) {
      return ids;
    }
    ids.add(id);
    if (recursive) {
      String prefix = root.path() + "/";
      byId.values().stream().filter(f -> f.path().startsWith(prefix)).forEach(f -> ids.add(f.id()));
    }
    return ids;
  }

  private Folder add(String name, String path, Folder parent) {
    Folder folder = new Folder(nextId++, name, path, parent == null ? null : parent.id());
    byId.put(folder.id(), folder);
    byPath.put(path, folder);
    return folder;
  }
}
