package io.assetbridge.emulator.vip.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.emulator.vip.files.FileVault;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.Json;
import io.assetbridge.emulator.vip.http.Problem;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parts of a multipart/form-data body, by name (each name once). */
public final class MultipartBody implements AutoCloseable {
  private final Map<String, Part> parts;
  private final FileVault vault;

  MultipartBody(Map<String, Part> parts, FileVault vault) {
    this.parts = new LinkedHashMap<>(parts);
    this.vault = vault;
  }

  public Part part(String name) {
    return parts.get(name);
  }

  /** A text part parsed as JSON (400 when malformed), or null when the part is absent. */
  public JsonNode jsonPart(String name) {
    Part part = parts.get(name);
    if (part == null) {
      return null;
    }
    byte[] bytes = part.isFile() ? null : part.text();
    if (bytes == null) {
      throw Problem.invalid("the '" + name + "' part must be JSON text, not a file");
    }
    return Json.parse(bytes, "the '" + name + "' part");
  }

  public void allowOnly(Collection<String> names, FieldErrors errors) {
    parts.keySet().stream()
        .filter(name -> !names.contains(name))
        .forEach(name -> errors.add(name, "unknown part"));
  }

  /**
   * What makes two requests the same under §4: JSON parts as values, file parts by bytes and
   * filename, other parts by value; the boundary and part order never matter.
   */
  public JsonNode fingerprint(String method, String path, Map<String, JsonNode> jsonParts) {
    ObjectNode print = JsonNodeFactory.instance.objectNode();
    print.put("method", method).put("path", path);
    ObjectNode byName = print.putObject("parts");
    for (Part part : parts.values()) {
      if (jsonParts.containsKey(part.name())) {
        byName.set(part.name(), jsonParts.get(part.name()));
      } else if (part.isFile()) {
        byName
            .putObject(part.name())
            .put("filename", part.fileName())
            .put("sha256", part.upload().sha256())
            .put("size", part.upload().size());
      } else {
        byName.put(part.name(), part.value());
      }
    }
    return print;
  }

  /** The journal's view: text parts as they are, file parts as their name and size. */
  public String summary(int maxChars) {
    StringBuilder text = new StringBuilder();
    for (Part part : parts.values()) {
      text.append(part.name()).append('=');
      if (part.isFile()) {
        text.append("<file name=")
            .append(part.fileName())
            .append(" bytes=")
            .append(part.upload().size())
            .append('>');
      } else {
        text.append(part.value());
      }
      text.append('\n');
    }
    return text.length() <= maxChars ? text.toString() : text.substring(0, maxChars);
  }

  @Override
  public void close() {
    for (Part part : parts.values()) {
      if (part.isFile() && !part.upload().claimed()) {
        vault.delete(part.upload().path());
      }
    }
  }
}
