package io.assetbridge.connector.photoshelter.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platform calls one update needs, gathered first so that every field is checked before
 * anything is written, and each resource is patched once.
 */
final class UpdatePlan {
  final Map<String, String> iptc = new LinkedHashMap<>();
  final Map<String, Object> image = new LinkedHashMap<>();
  final Map<String, String> custom = new LinkedHashMap<>();
  final Set<String> galleries = new LinkedHashSet<>();
  final List<Instant> license = new ArrayList<>(1);
  boolean licenseSet;

  void licenseEnd(Instant end) {
    license.clear();
    license.add(end);
    licenseSet = true;
  }

  /** Sets a custom field's option (null clears); one field twice in a PATCH is refused (§7). */
  void customOption(String fieldId, String optionId, String why) {
    if (custom.containsKey(fieldId) && !java.util.Objects.equals(custom.get(fieldId), optionId)) {
      throw new io.assetbridge.spi.PermanentException(
          why + " sets custom field " + fieldId + " a second time, to another option");
    }
    custom.put(fieldId, optionId);
  }
}
