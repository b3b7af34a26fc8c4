package io.queryscope.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Never throws, always deterministic, linear on huge and deeply nested input. */
class FingerprinterRobustnessTest {

  private static final String[] PIECES = {
    "select", " ", "from", "t", "(", ")", "[", "]", ",", "'", "\"", "`", "$$", "$a$", "$1", "?",
    ":", "::", "--", "/*", "*/", "/*!", "#", "\n", "in", "values", "-", "+", "1", "1e", ".", "0x",
    "E'", "\\", "null", "is", "not", ";", "@", "=", "<>", "\u0000", "\uffff", "\ud83d", "\ude00",
    "é"
  };

  @Test
  void randomAndMutatedStatementsNeverThrowAndAreDeterministic() {
    Random random = new Random(42);
    List<Corpus.Entry> corpus = Corpus.load("mysql");
    corpus.addAll(Corpus.load("postgresql"));
    for (int i = 0; i < 20_000; i++) {
      String sql =
          i % 2 == 0
              ? randomPieces(random)
              : mutate(corpus.get(random.nextInt(corpus.size())).sql(), random);
      Fingerprint a = Fingerprinter.fingerprint(sql);
      Fingerprint b = Fingerprinter.fingerprint(new String(sql.toCharArray()));
      assertThat(b).as(sql).isEqualTo(a);
      assertThat(a.id()).isEqualTo(Fnv1a64.hash(a.normalized()));
      assertThat(a.problems()).hasSizeLessThanOrEqualTo(8);
    }
  }

  /** Fingerprinting normalized text changes nothing: the format is a fixed point. */
  @Test
  void normalizedTextIsAFixedPoint() {
    for (String dialect : List.of("mysql", "postgresql")) {
      for (Corpus.Entry e : Corpus.load(dialect)) {
        String once = Fingerprinter.fingerprint(e.sql()).normalized();
        assertThat(Fingerprinter.fingerprint(once).normalized()).as(e.sql()).isEqualTo(once);
      }
    }
  }

  @Test
  void binaryGarbageIsReportedNotThrown() {
    byte[] bytes = new byte[64 * 1024];
    new Random(7).nextBytes(bytes);
    Fingerprint fp = Fingerprinter.fingerprint(new String(bytes, StandardCharsets.ISO_8859_1));
    assertThat(fp.wellFormed()).isFalse();
    assertThat(fp.problems()).anyMatch(p -> p.contains("control character"));
  }

  @Test
  void tenMegabyteStatementsCollapse() {
    StringBuilder in = new StringBuilder("select * from t where id in (");
    StringBuilder values = new StringBuilder("insert into t (a, b) values ");
    for (int i = 0; in.length() < 10_000_000; i++) {
      in.append(i == 0 ? "" : ", ").append(i);
    }
    for (int i = 0; values.length() < 10_000_000; i++) {
      values.append(i == 0 ? "" : ", ").append('(').append(i).append(", 'v").append(i).append("')");
    }
    assertThat(Fingerprinter.fingerprint(in.append(')').toString()).normalized())
        .isEqualTo("select * from t where id in (...)");
    assertThat(Fingerprinter.fingerprint(values.toString()).normalized())
        .isEqualTo("insert into t(a, b) values (?, ?)");
    String unterminated = "select '" + "x".repeat(10_000_000);
    assertThat(Fingerprinter.fingerprint(unterminated).normalized()).isEqualTo("select ?");
  }

  @Test
  void deepNestingNeedsNoStack() {
    int depth = 200_000;
    String balanced = "select " + "(".repeat(depth) + "1" + ")".repeat(depth);
    Fingerprint fp = Fingerprinter.fingerprint(balanced);
    assertThat(fp.wellFormed()).isTrue();
    assertThat(fp.normalized()).hasSize(7 + 2 * depth + 1);

    Fingerprint open = Fingerprinter.fingerprint("select " + "(".repeat(depth));
    assertThat(open.problems()).singleElement().asString().contains(depth + " still open");
    Fingerprint close = Fingerprinter.fingerprint("select 1" + ")".repeat(depth));
    assertThat(close.problems()).singleElement().asString().contains(depth + " unbalanced closing");
  }

  private static String randomPieces(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static String mutate(String sql, Random random) {
    StringBuilder sb = new StringBuilder(sql);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && sb.length() > 0; i++) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(4)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, PIECES[random.nextInt(PIECES.length)]);
        case 2 -> sb.setCharAt(at, (char) random.nextInt(0x3000));
        default -> sb.setLength(at);
      }
    }
    return sb.toString();
  }
}
