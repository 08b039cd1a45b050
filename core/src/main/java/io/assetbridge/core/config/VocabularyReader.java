package io.assetbridge.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code vocabularies:}: each one either {@code { file: vocab/campaigns.csv }} (two columns,
 * value then term; a first row "value,term" is a header) or an inline map of value → term.
 */
final class VocabularyReader {
  private VocabularyReader() {}

  static Map<String, Vocabulary> read(ConfigNode node, Path baseDir) {
    Map<String, Vocabulary> out = new LinkedHashMap<>();
    node.entries().forEach((name, body) -> out.put(name, one(name, body, baseDir)));
    return out;
  }

  private static Vocabulary one(String name, ConfigNode body, Path baseDir) {
    if (!body.isMap()) {
      throw ConfigException.at(
          body, "a vocabulary is a file or a map", "write { file: vocab/" + name + ".csv }");
    }
    Map<String, ConfigNode> e = body.entries();
    if (e.containsKey("file")) {
      body.entries(Set.of("file"));
      return csv(name, e.get("file"), baseDir);
    }
    Map<String, String> entries = new LinkedHashMap<>();
    e.forEach((value, term) -> entries.put(value, term.requiredText()));
    return new Vocabulary(name, "inline in the config", entries);
  }

  private static Vocabulary csv(String name, ConfigNode fileNode, Path baseDir) {
    Path file = baseDir.resolve(fileNode.requiredText());
    Map<String, String> entries = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setTrim(true).build().parse(reader)) {
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue; // blank line
        }
        if (row.size() != 2) {
          throw ConfigException.at(
              fileNode,
              file + " line " + row.getRecordNumber() + " has " + row.size() + " columns",
              "write two columns per line: value,term");
        }
        if (row.getRecordNumber() == 1 && row.get(0).equalsIgnoreCase("value")) {
          continue;
        }
        entries.put(row.get(0), row.get(1));
      }
    } catch (NoSuchFileException ex) {
      throw ConfigException.at(
          fileNode, "vocabulary file " + file + " does not exist", "create it or fix the path");
    } catch (IOException | java.io.UncheckedIOException ex) {
      throw ConfigException.at(
          fileNode, "vocabulary file " + file + " cannot be read: " + ex.getMessage(), null);
    }
    return new Vocabulary(name, file.toString(), entries);
  }
}
