package io.queryscope.cli.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.Cli;
import io.queryscope.fixtures.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code queryscope analyze --url … --format json} run on a sample database, and its findings
 * as short keys ({@code rule table(columns)} or {@code rule table.index}) that a test can compare
 * as an exact set, so a new false positive fails it.
 */
record SampleReport(Cli.Result run, JsonNode json) {

  /** {@code CREATE INDEX [CONCURRENTLY] name ON [schema.]table (columns)}. */
  private static final Pattern CREATE_INDEX =
      Pattern.compile(
          "(?i)^create\\s+index\\s+(?:concurrently\\s+)?\\S+\\s+on\\s+(?:[\\w`\"]+\\.)?[`\"]?(\\w+)[`\"]?"
              + "\\s*\\(([^)]*)\\)\\s*;?$");

  static SampleReport analyze(TestDatabase db, String name, String... options) {
    List<String> args = new ArrayList<>(List.of("analyze", "--url", db.jdbcUrl(), "--quiet"));
    if (db.user() != null) {
      args.addAll(List.of("--user", db.user()));
    }
    args.addAll(List.of("--format", "json"));
    args.addAll(List.of(options));
    Cli.Result run = Cli.run(args.toArray(String[]::new));
    try {
      // Kept for people reading the build: what the analyzer said about each sample.
      Path dir = Files.createDirectories(Path.of("target", "samples"));
      Files.writeString(dir.resolve(name + ".json"), run.out());
      return new SampleReport(run, new ObjectMapper().readTree(run.out()));
    } catch (IOException e) {
      throw new UncheckedIOException("analyze did not print JSON:\n" + run, e);
    }
  }

  /** Every finding as a key; foreign-key index advice as {@code missing-fk-index table(cols)}. */
  Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    for (JsonNode f : json.path("findings")) {
      keys.add(key(f));
    }
    return keys;
  }

  /** The findings that advise indexing a foreign key, merged into another rule's or not. */
  List<JsonNode> foreignKeyFindings() {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode f : json.path("findings")) {
      if (isForeignKeyAdvice(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The DDL of the finding with this key, or "" when there is none. */
  String ddl(String key) {
    for (JsonNode f : json.path("findings")) {
      if (key(f).equals(key)) {
        return f.path("recommendation").path("ddl").asText("");
      }
    }
    return "";
  }

  long statements() {
    return json.path("summary").path("statements").asLong();
  }

  static boolean isForeignKeyAdvice(JsonNode f) {
    if (f.path("rule").asText().equals("missing-fk-index")) {
      return true;
    }
    for (JsonNode merged : f.path("evidence").path("mergedRules")) {
      if (merged.asText().equals("missing-fk-index")) {
        return true;
      }
    }
    return false;
  }

  static String key(JsonNode f) {
    String rule = f.path("rule").asText();
    JsonNode evidence = f.path("evidence");
    if (isForeignKeyAdvice(f)) {
      // The index the advice creates names the key, whichever rule carries it after merging.
      Matcher m = CREATE_INDEX.matcher(f.path("recommendation").path("ddl").asText("").strip());
      return "missing-fk-index "
          + (m.matches()
              ? m.group(1) + "(" + m.group(2).replaceAll("[\\s`\"]", "") + ")"
              : "unreadable DDL: " + f.path("recommendation").path("ddl").asText());
    }
    String table = evidence.path("table").asText("");
    if (evidence.hasNonNull("redundantIndex")) {
      return rule + " " + table + "." + evidence.path("redundantIndex").asText();
    }
    if (evidence.hasNonNull("index")) {
      return rule + " " + table + "." + evidence.path("index").asText();
    }
    if (evidence.hasNonNull("columns")) {
      List<String> columns = new ArrayList<>();
      evidence.path("columns").forEach(c -> columns.add(c.asText()));
      return rule + " " + table + "(" + String.join(",", columns) + ")";
    }
    return rule + " " + (table.isEmpty() ? f.path("title").asText() : table);
  }

  @Override
  public String toString() {
    return run.toString();
  }
}
