package io.queryscope.core.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shape-labelled statement corpus under {@code src/test/resources/sql}. */
final class Corpus {
  static final Path DIR = Path.of("src/test/resources/sql");

  record Entry(String shape, String sql) {}

  private Corpus() {}

  /** A mutable list of the corpus entries, in file order. */
  static List<Entry> load(String dialect) {
    List<Entry> entries = new ArrayList<>();
    for (String line : lines("corpus-" + dialect + ".tsv")) {
      int tab = line.indexOf('\t');
      entries.add(new Entry(line.substring(0, tab), line.substring(tab + 1)));
    }
    return entries;
  }

  /** Non-empty lines that are not {@code #} comments. */
  static List<String> lines(String name) {
    try {
      List<String> out = new ArrayList<>();
      for (String line : Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8)) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
