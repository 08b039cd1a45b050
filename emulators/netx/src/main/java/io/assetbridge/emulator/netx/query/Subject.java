package io.assetbridge.emulator.netx.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.assetbridge.emulator.netx.state.Asset;
import java.util.List;
import java.util.function.Function;

/** What a criterion looks at: a system field or a custom attribute, as a list of values. */
record Subject(String name, boolean numeric, Function<Asset, List<String>> values) {

  static Subject of(JsonNode body, java.util.function.Predicate<String> isAttribute) {
    if (body.hasNonNull("attribute")) {
      String label = body.get("attribute").asText();
      if (!isAttribute.test(label)) {
        throw new InvalidQuery("unknown attribute label '" + label + "'");
      }
      return new Subject(label, false, a -> a.attribute(label));
    }
    String field = body.path("field").asText("");
    return switch (field) {
      case "assetId" -> number(field, Asset::id);
      case "creationDate" -> number(field, Asset::creationDate);
      case "importDate" -> number(field, Asset::importDate);
      case "modDate" -> number(field, Asset::modDate);
      case "name" -> text(field, Asset::name);
      case "fileName" -> text(field, a -> a.file().name());
      case "fileType" -> text(field, a -> a.file().type());
      case "fileChecksum" -> text(field, a -> a.file().checksum());
      case "keywords" -> new Subject(field, false, Asset::keywords);
      default -> throw new InvalidQuery("unknown field '" + field + "' (or give an attribute)");
    };
  }

  private static Subject number(String name, java.util.function.ToLongFunction<Asset> f) {
    return new Subject(name, true, a -> List.of(Long.toString(f.applyAsLong(a))));
  }

  private static Subject text(String name, Function<Asset, String> f) {
    return new Subject(name, false, a -> List.of(f.apply(a)));
  }

  /** Compares two values of this subject: numerically for numbers, else as strings. */
  int compare(String a, String b) {
    return numeric ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
  }

  /** A query value as this subject's string form, checking numbers are digits. */
  String operand(JsonNode v) {
    String s = v.isNumber() ? Long.toString(v.asLong()) : v.asText();
    if (numeric && !s.matches("-?\\d+")) {
      throw new InvalidQuery("field '" + name + "' takes a number, not '" + s + "'");
    }
    return s;
  }
}
