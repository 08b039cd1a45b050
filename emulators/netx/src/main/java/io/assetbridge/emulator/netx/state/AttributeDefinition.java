package io.assetbridge.emulator.netx.state;

import java.util.List;

/**
 * A custom attribute. {@code options} null means any value is accepted (the §7 attributes whose
 * values are tenant-specific).
 */
public record AttributeDefinition(String label, AttributeType type, List<String> options) {

  /** Why {@code values} is not acceptable, or null when it is. */
  public String rejection(List<String> values) {
    if (type != AttributeType.MULTISELECT && values.size() > 1) {
      return "attribute '" + label + "' takes at most one value";
    }
    for (String v : values) {
      if (options != null && !options.contains(v)) {
        return "attribute '" + label + "' has no option '" + v + "'";
      }
      if (type == AttributeType.NUMBER && !v.matches("-?\\d+(\\.\\d+)?")) {
        return "attribute '" + label + "' takes a number, not '" + v + "'";
      }
    }
    return null;
  }
}
