package io.queryscope.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.sql.Corpus.Entry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the fingerprinter against the shape-labelled corpus, against what pt-fingerprint and
 * pglast recorded for it (record-reference.sh), and pins the ids.
 */
class FingerprintCorpusTest {

  @ParameterizedTest
  @ValueSource(strings = {"mysql", "postgresql"})
  void sameShapeSameIdDifferentShapeDifferentId(String dialect) {
    Map<String, Set<String>> normalizedByShape = new TreeMap<>();
    Map<Long, Set<String>> shapesById = new HashMap<>();
    for (Entry e : Corpus.load(dialect)) {
      Fingerprint fp = Fingerprinter.fingerprint(e.sql());
      assertThat(fp.problems()).as(e.sql()).isEmpty();
      normalizedByShape.computeIfAbsent(e.shape(), k -> new TreeSet<>()).add(fp.normalized());
      shapesById.computeIfAbsent(fp.id(), k -> new TreeSet<>()).add(e.shape());
    }
    assertThat(normalizedByShape).allSatisfy((shape, texts) -> assertThat(texts).hasSize(1));
    assertThat(shapesById.values()).allSatisfy(shapes -> assertThat(shapes).hasSize(1));
  }

  @Test
  void corpusIsLargeEnoughToMeanSomething() {
    assertThat(Corpus.load("mysql").size() + Corpus.load("postgresql").size()).isGreaterThan(500);
  }

  /**
   * Every shape where pt-fingerprint or pglast groups differently from us is listed, with a reason,
   * in reference-deviations.tsv, and every reason is explained in docs/fingerprint.md.
   */
  @Test
  void differsFromReferenceToolsOnlyWhereDocumented() throws IOException {
    Set<String> actual = new TreeSet<>();
    actual.addAll(deviations("pt-fingerprint", "mysql", "reference-mysql.pt-fingerprint.txt"));
    actual.addAll(deviations("pglast", "postgresql", "reference-postgresql.pglast.txt"));

    Set<String> documented = new TreeSet<>();
    Set<String> reasons = new TreeSet<>();
    for (String line : Corpus.lines("reference-deviations.tsv")) {
      String[] f = line.split("\t");
      documented.add(f[0] + "\t" + f[1] + "\t" + f[2]);
      reasons.addAll(List.of(f[3].split(",")));
    }
    assertThat(actual).isEqualTo(documented);
    String doc = Files.readString(Path.of("../docs/fingerprint.md"), StandardCharsets.UTF_8);
    assertThat(reasons).doesNotContain("unexplained").allSatisfy(r -> assertThat(doc).contains(r));
  }

  @Test
  void pglastParsedTheWholePostgresCorpus() {
    assertThat(Corpus.lines("reference-postgresql.pglast.txt"))
        .noneMatch(l -> l.startsWith("error"));
  }

  private static Set<String> deviations(String tool, String dialect, String referenceFile) {
    List<Entry> corpus = Corpus.load(dialect);
    List<String> refs = Corpus.lines(referenceFile);
    assertThat(refs).hasSameSizeAs(corpus);
    // Our groups, named by the shapes in them (one shape each when the test above passes).
    Map<Long, Set<String>> shapes = new HashMap<>();
    Map<Long, Set<String>> refsByOurId = new LinkedHashMap<>();
    Map<String, Set<Long>> ourIdsByRef = new HashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      long id = Fingerprinter.fingerprint(corpus.get(i).sql()).id();
      shapes.computeIfAbsent(id, k -> new TreeSet<>()).add(corpus.get(i).shape());
      refsByOurId.computeIfAbsent(id, k -> new TreeSet<>()).add(refs.get(i));
      ourIdsByRef.computeIfAbsent(refs.get(i), k -> new TreeSet<>()).add(id);
    }
    Set<String> out = new TreeSet<>();
    refsByOurId.forEach(
        (id, refIds) -> {
          String name = String.join("+", shapes.get(id));
          if (refIds.size() > 1) {
            out.add(tool + "\t" + name + "\tsplit");
          }
          Set<String> mergedWith = new TreeSet<>();
          for (String ref : refIds) {
            for (long other : ourIdsByRef.get(ref)) {
              if (other != id) {
                mergedWith.add(String.join("+", shapes.get(other)));
              }
            }
          }
          if (!mergedWith.isEmpty()) {
            out.add(tool + "\t" + name + "\tmerged:" + String.join("+", mergedWith));
          }
        });
    return out;
  }

  /**
   * Ids never drift: one pinned id per shape. Regenerate with {@code -Dfixtures.update=true} only
   * for a deliberate format change, and say so in the release notes.
   */
  @Test
  void idsArePinned() throws IOException {
    Map<String, String> actual = new TreeMap<>();
    for (String dialect : List.of("mysql", "postgresql")) {
      for (Entry e : Corpus.load(dialect)) {
        Fingerprint fp = Fingerprinter.fingerprint(e.sql());
        actual.putIfAbsent(e.shape(), fp.hexId() + "\t" + fp.normalized());
      }
    }
    Path pinned = Corpus.DIR.resolve("pinned-ids.tsv");
    if (Boolean.getBoolean("fixtures.update")) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "# shape\thexId\tnormalized (generated by FingerprintCorpusTest -Dfixtures.update=true)");
      actual.forEach((shape, v) -> lines.add(shape + "\t" + v));
      Files.write(pinned, lines, StandardCharsets.UTF_8);
    }
    Map<String, String> expected = new TreeMap<>();
    for (String line : Corpus.lines("pinned-ids.tsv")) {
      int tab = line.indexOf('\t');
      expected.put(line.substring(0, tab), line.substring(tab + 1));
    }
    assertThat(actual).isEqualTo(expected);
  }
}
