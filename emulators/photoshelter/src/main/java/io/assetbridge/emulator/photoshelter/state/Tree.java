package io.assetbridge.emulator.photoshelter.state;

import io.assetbridge.emulator.photoshelter.state.Container.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Collections and galleries under {@code root}. Thread-safe. */
public final class Tree {

  public static final String ROOT = "root";

  private final Map<String, Container> containers = new LinkedHashMap<>();
  private final IdSource ids;

  Tree(IdSource ids, Instant at) {
    this.ids = ids;
    InitialTree.containers(at).forEach(c -> containers.put(c.id(), c));
  }

  public synchronized Optional<Container> container(String id) {
    return Optional.ofNullable(containers.get(id));
  }

  public synchronized Optional<Container> gallery(String id) {
    return container(id).filter(Container::isGallery);
  }

  /** A gallery by id, or else the first gallery with that name (names are not unique). */
  public synchronized Optional<Container> galleryByIdOrName(String idOrName) {
    return gallery(idOrName)
        .or(
            () ->
                containers.values().stream()
                    .filter(c -> c.isGallery() && c.name().equals(idOrName))
                    .findFirst());
  }

  public synchronized List<Container> children(String parentId) {
    return containers.values().stream().filter(c -> c.parentId().equals(parentId)).toList();
  }

  public synchronized Container addGallery(
      String name, String parentId, boolean listed, String mode, Instant at) {
    String id = ids.next(IdSource.GALLERY, containers::containsKey);
    int order = children(parentId).size() + 1;
    Container gallery = new Container(Kind.GALLERY, id, name, parentId, listed, mode, order, at);
    containers.put(id, gallery);
    return gallery;
  }

  /** The container and every collection above it. */
  public synchronized Set<String> lineage(String containerId) {
    Set<String> result = new HashSet<>();
    Container current = containers.get(containerId);
    while (current != null && result.add(current.id())) {
      current = containers.get(current.parentId());
    }
    return result;
  }

  public synchronized List<Container> all() {
    return new ArrayList<>(containers.values());
  }
}
