package io.assetbridge.connector.photoshelter.write;

import io.assetbridge.connector.photoshelter.catalog.CustomField;
import io.assetbridge.connector.photoshelter.catalog.CustomFieldCatalog;
import io.assetbridge.connector.photoshelter.read.Keywords;
import io.assetbridge.connector.photoshelter.read.TagSource;
import io.assetbridge.connector.photoshelter.read.TagSources;
import io.assetbridge.spi.PermanentException;
import java.util.List;

/**
 * Writes a tag where the {@code tags:} setting reads it from: a custom field option by name, or an
 * IPTC key. In the default mode a tag names the custom field whose default tag name it is.
 */
final class TagWrite {
  private final String connection;
  private final TagSources tags;
  private final CustomFieldCatalog catalog;

  TagWrite(String connection, TagSources tags, CustomFieldCatalog catalog) {
    this.connection = connection;
    this.tags = tags;
    this.catalog = catalog;
  }

  void plan(UpdatePlan plan, String tag, Object value) {
    List<String> values = FieldValues.list("tag:" + tag, value);
    TagSource source = tags.configuredSource(tag).orElse(null);
    if (source != null && source.kind() == TagSource.Kind.IPTC) {
      plan.iptc.put(
          source.key(),
          source.key().equals("keyword") ? Keywords.join(values) : String.join(",", values));
      return;
    }
    if (source == null && !tags.isDefault()) {
      throw fail(tag, "is not in the tags setting");
    }
    if (values.size() > 1) {
      throw fail(tag, "holds one value on PhotoShelter, not " + values.size());
    }
    CustomField field = source == null ? defaultField(tag) : namedField(tag, source.key());
    String option = values.isEmpty() ? null : values.get(0).strip();
    String optionId =
        option == null || option.isEmpty()
            ? null
            : catalog
                .optionId(field, option)
                .orElseThrow(
                    () ->
                        fail(
                            tag,
                            "value '"
                                + option
                                + "' is no option of field '"
                                + field.name()
                                + "'; options: "
                                + String.join(", ", field.options().keySet())));
    plan.customOption(field.id(), optionId, "tag:" + tag);
  }

  private CustomField defaultField(String tag) {
    return catalog
        .find(
            f ->
                TagSource.defaultName(f.name()).equals(tag)
                    && !f.name().equalsIgnoreCase(tags.approvalField()))
        .orElseThrow(() -> fail(tag, "matches no custom metadata field of the organisation"));
  }

  private CustomField namedField(String tag, String fieldName) {
    return catalog
        .byName(fieldName)
        .orElseThrow(() -> fail(tag, "names custom field '" + fieldName + "', which is unknown"));
  }

  private PermanentException fail(String tag, String what) {
    return new PermanentException(connection + ": tag:" + tag + " " + what);
  }
}
