package io.assetbridge.emulator.netx.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.netx.state.AssetEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the members of an updateAsset object (also a person's edit) into an {@link AssetEdit}. */
public final class EditReader {

  private EditReader() {}

  public static AssetEdit read(JsonNode body) {
    Map<String, List<String>> attrs = new LinkedHashMap<>();
    JsonNode a = body.path("attributes");
    if (!a.isMissingNode() && !a.isNull()) {
      if (!a.isObject()) {
        throw RpcException.params("attributes must be an object of label -> list of strings");
      }
      a.properties().forEach(e -> attrs.put(e.getKey(), strings(e.getValue(), e.getKey())));
    }
    return new AssetEdit(
        text(body, "name"),
        text(body, "fileName"),
        body.has("keywords") ? strings(body.get("keywords"), "keywords") : null,
        attrs);
  }

  private static String text(JsonNode body, String member) {
    JsonNode n = body.path(member);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (!n.isTextual() || n.asText().isBlank()) {
      throw RpcException.params(member + " must be a non-empty string");
    }
    return n.asText();
  }

  private static List<String> strings(JsonNode n, String what) {
    if (!n.isArray()) {
      throw RpcException.params("'" + what + "' must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode v : n) {
      if (!v.isTextual() && !v.isNumber()) {
        throw RpcException.params("'" + what + "' must be a list of strings");
      }
      out.add(v.asText());
    }
    return out;
  }
}
