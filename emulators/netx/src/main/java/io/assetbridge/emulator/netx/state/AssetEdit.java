package io.assetbridge.emulator.netx.state;

import java.util.List;
import java.util.Map;

/** The members of an {@code updateAsset} (or a person's edit); null means unchanged. */
public record AssetEdit(
    String name, String fileName, List<String> keywords, Map<String, List<String>> attributes) {

  public AssetEdit {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }
}
