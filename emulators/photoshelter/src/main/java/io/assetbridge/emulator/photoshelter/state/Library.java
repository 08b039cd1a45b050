package io.assetbridge.emulator.photoshelter.state;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything the emulated account holds: settings, tree, custom fields and images. Thread-safe;
 * heavy work (image bytes, rendering) happens outside its lock.
 */
public final class Library {

  private final InstantSource clock;
  private final Map<String, Image> images = new LinkedHashMap<>();
  private final SearchIndex index = new SearchIndex();
  private Settings settings;
  private IdSource ids;
  private Tree tree;
  private List<CustomField> fields;
  private Duration searchLag = Duration.ZERO;
  private long uploadSeq;

  public Library(InstantSource clock) {
    this.clock = clock;
    reset(Settings.defaults());
  }

  public synchronized void reset(Settings value) {
    settings = value;
    ids = new IdSource(7);
    tree = new Tree(ids, nowSeconds());
    fields = List.of(InitialTree.approvalField());
    images.clear();
    index.clear();
    searchLag = Duration.ZERO;
    uploadSeq = 0;
  }

  public Instant now() {
    return clock.instant();
  }

  public Instant nowSeconds() {
    return now().truncatedTo(ChronoUnit.SECONDS);
  }

  public synchronized Settings settings() {
    return settings;
  }

  public synchronized Tree tree() {
    return tree;
  }

  public synchronized List<CustomField> fields() {
    return fields;
  }

  /** A field by id or by name. */
  public synchronized Optional<CustomField> field(String idOrName) {
    return fields.stream()
        .filter(f -> f.id().equals(idOrName) || f.name().equalsIgnoreCase(idOrName))
        .findFirst();
  }

  /**
   * The field and option with these names, defined first when missing, as an org admin would do
   * before tagging files (the emulator's {@code set_custom} action relies on it).
   */
  public synchronized CustomField.Option defineOption(String fieldName, String optionName) {
    CustomField field = field(fieldName).orElse(null);
    if (field == null) {
      field = new CustomField("cmf_" + slug(fieldName), fieldName, List.of());
    }
    var existing = field.option(optionName);
    if (existing.isPresent()) {
      return existing.get();
    }
    var option =
        new CustomField.Option("cmo_" + slug(fieldName) + "_" + slug(optionName), optionName);
    var options = new java.util.ArrayList<>(field.options());
    options.add(option);
    CustomField updated = new CustomField(field.id(), field.name(), options);
    var all = new java.util.ArrayList<>(fields);
    all.removeIf(f -> f.id().equals(updated.id()));
    all.add(updated);
    fields = List.copyOf(all);
    return option;
  }

  private static String slug(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  public synchronized void searchLag(Duration value) {
    searchLag = value;
  }

  public synchronized String newImageId(IdSource source) {
    return source.next(IdSource.IMAGE, images::containsKey);
  }

  public synchronized String newImageId() {
    return newImageId(ids);
  }

  public synchronized long nextUploadSeq() {
    return ++uploadSeq;
  }

  public synchronized void add(Image image) {
    images.put(image.id(), image);
    index.publish(image, now().plus(searchLag));
  }

  public synchronized Optional<Image> image(String id) {
    return Optional.ofNullable(images.get(id));
  }

  /** All images in upload order. */
  public synchronized List<Image> images() {
    return new ArrayList<>(images.values());
  }

  /** The images v4 search can see now (writes show after the search lag). */
  public synchronized List<Image> searchable() {
    return index.visible(now());
  }

  /** Applies {@code change} and moves {@code modified_at} to {@code at}; empty for unknown ids. */
  public synchronized Optional<Image> edit(String id, UnaryOperator<Image> change, Instant at) {
    Image current = images.get(id);
    if (current == null) {
      return Optional.empty();
    }
    Image changed = change.apply(current).withModifiedAt(at.truncatedTo(ChronoUnit.SECONDS));
    add(changed);
    return Optional.of(changed);
  }
}
