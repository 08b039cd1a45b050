package io.assetbridge.emulator.netx.rpc;

import io.assetbridge.emulator.netx.state.Asset;
import io.assetbridge.emulator.netx.state.AttributeDefinition;
import io.assetbridge.emulator.netx.state.Catalog;
import io.assetbridge.emulator.netx.state.Folder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders the asset object of contract §3 with the blocks an options object asks for. */
public final class AssetView {

  public static final Set<String> ALL =
      Set.of(
          "asset.id",
          "asset.base",
          "asset.file",
          "asset.attributes",
          "asset.folders",
          "asset.proxies");
  private final Catalog catalog;

  public AssetView(Catalog catalog) {
    this.catalog = catalog;
  }

  public Map<String, Object> render(Asset a, Set<String> blocks) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    if (blocks.contains("asset.base")) {
      out.putAll(base(a));
    }
    if (blocks.contains("asset.file")) {
      out.put("file", file(a));
    }
    if (blocks.contains("asset.attributes")) {
      Map<String, List<String>> attrs = new LinkedHashMap<>();
      for (AttributeDefinition def : catalog.attributes()) {
        attrs.put(def.label(), a.attribute(def.label()));
      }
      out.put("attributes", attrs);
    }
    if (blocks.contains("asset.folders")) {
      out.put("folders", folders(a));
    }
    if (blocks.contains("asset.proxies")) {
      out.put("proxies", proxies(a));
    }
    return out;
  }

  /** The base block alone, as the import endpoints answer. */
  public static Map<String, Object> base(Asset a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    out.put("name", a.name());
    out.put("creationDate", a.creationDate());
    out.put("importDate", a.importDate());
    out.put("modDate", a.modDate());
    out.put("keywords", a.keywords());
    return out;
  }

  private static Map<String, Object> file(Asset a) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", a.file().name());
    f.put("checksum", a.file().checksum());
    f.put("width", a.file().width());
    f.put("height", a.file().height());
    f.put("size", a.file().size());
    return f;
  }

  private List<Map<String, Object>> folders(Asset a) {
    List<Map<String, Object>> out = new ArrayList<>();
    a.folderIds().stream()
        .sorted()
        .forEach(id -> catalog.folder(id).ifPresent(f -> out.add(folderLink(f))));
    return out;
  }

  private static Map<String, Object> folderLink(Folder f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("path", f.path());
    m.put("parentId", f.parentId());
    return m;
  }

  private static List<Map<String, Object>> proxies(Asset a) {
    String name = URLEncoder.encode(a.file().name(), StandardCharsets.UTF_8).replace("+", "%20");
    List<Map<String, Object>> out = new ArrayList<>();
    for (String[] p :
        new String[][] {{"Thumbnail", "thumb"}, {"Preview", "preview"}, {"Zoom", "zoom"}}) {
      String url = "/file/asset/" + a.id() + "/" + p[1] + "/" + name;
      out.add(Map.of("name", p[0], "file", Map.of("url", url)));
    }
    return out;
  }

  /** The folder object of contract §2: {id} for folder.id alone, else {id,name,path,parentId}. */
  public static Map<String, Object> folder(Folder f, Set<String> blocks) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    if (blocks.contains("folder.id") && !blocks.contains("folder.base")) {
      return m;
    }
    m.put("name", f.name());
    m.put("path", f.path());
    m.put("parentId", f.parentId());
    return m;
  }
}
