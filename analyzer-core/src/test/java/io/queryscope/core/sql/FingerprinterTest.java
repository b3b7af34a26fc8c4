package io.queryscope.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FingerprinterTest {

  private static String norm(String sql) {
    return Fingerprinter.fingerprint(sql).normalized();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "SELECT * FROM t WHERE a IN (1,2,3) AND b='x' LIMIT 10 | select * from t where a in (...) and b = ? limit ?",
        "select o1_0.id,o1_0.status from orders o1_0 where o1_0.customer_id=? | select o1_0.id, o1_0.status from orders o1_0 where o1_0.customer_id = ?",
        "select \"public\".\"orders\".\"id\" from \"public\".\"orders\" where \"public\".\"orders\".\"status\" = 'NEW' | select public.orders.id from public.orders where public.orders.status = ?",
        "insert into t (a,b) values (1,'x'),(2,'y'),(3,NULL) | insert into t(a, b) values (?, ?)",
        "insert into t (a,b) values (1,now()),(2,now()) | insert into t(a, b) values (?, now())",
        "select x from t where x=-1 and y = - 2.5e10 and z - 3 > 0 and w is not null | select x from t where x = ? and y = ? and z - ? > ? and w is not null",
        "select E'it\\'s', $$a ' b$$, $fn$ body $fn$, X'0F', 0x1F, b'101', N'n', _utf8mb4'u' | select ?, ?, ?, ?, ?, ?, ?, ?",
        "select `id`, `Name` from `users` where name = \"bob\" and email like \"%x\" | select id, \"Name\" from users where name = ? and email like ?",
        "select /* a /* nested */ still */ 1 -- tail | select ?",
        "select 1 # mysql comment | select ?",
        "select /*!40001 SQL_NO_CACHE */ * from t | select sql_no_cache * from t",
        "select * from t where a = :name and b = ?1 and c::text = $3 | select * from t where a = ? and b = ? and c::text = ?",
        "select * from t where (a,b) in ((1,2),(3,4)) and c = any(array[1,2]) | select * from t where (a, b) in (...) and c = any (array[...])",
        "select * from t where a in (select b from u where c in (1,2)) | select * from t where a in (select b from u where c in (...))",
        "SELECT  COUNT( * )\tFROM T  ;  | select count(*) from t",
        "select * from t where flag = true and other = FALSE | select * from t where flag = ? and other = ?",
        "select * from t limit 10 offset 500 | select * from t limit ? offset ?",
        "select * from t limit 10, 20 | select * from t limit ?, ?",
        "select data #>> '{a}' from t | select data #>> ? from t",
        "select * from t where doc @> '{}'::jsonb and tags ?& array['a'] and doc ?? 'k' | select * from t where doc @> ?::jsonb and tags ?& array[...] and doc ?? ?",
        "select /*+ INDEX(t idx) */ a from t where b = U&'\\0041' | select a from t where b = ?",
        "select \"t\".\"a\" from \"t\" where \"t\".\"b\" = \"t\".\"c\" | select t.a from t where t.b = t.c",
        "select @rank := @rank + 1, @@session.sql_mode | select @rank := @rank + ?, @@session.sql_mode",
        "select -1, 2 - 1, a -1, (-1), f(-1.5e3) | select ?, ? - ?, a - ?, (?), f(?)",
        "SELECT A FROM T WHERE B = $tag$ it's $$ here $tag$ AND C = 0b101 | select a from t where b = ? and c = ?",
        "insert into t values (1, 'a'), (2, 'b') on duplicate key update b = values(b) | insert into t values (?, ?) on duplicate key update b = values (b)",
        "select * from t where a not in (1, 2) and b in (x, 1) | select * from t where a not in (...) and b in (x, ?)",
      })
  void normalizes(String sql, String expected) {
    Fingerprint fp = Fingerprinter.fingerprint(sql);
    assertThat(fp.normalized()).isEqualTo(expected);
    assertThat(fp.wellFormed()).as("problems %s", fp.problems()).isTrue();
  }

  @Test
  void sameShapeDifferentValuesShareAnId() {
    assertThat(Fingerprinter.fingerprint("select * from t where id in (1, 2, 3) and s = 'a'").id())
        .isEqualTo(Fingerprinter.fingerprint("SELECT * FROM t WHERE id IN (?) AND s = $1").id());
  }

  @Test
  void differentShapesDiffer() {
    String base = norm("select a from t where b = 1");
    assertThat(norm("select a from u where b = 1")).isNotEqualTo(base);
    assertThat(norm("select a from t where c = 1")).isNotEqualTo(base);
    assertThat(norm("select a from t where b > 1")).isNotEqualTo(base);
    assertThat(norm("select a from t where b = 1 order by a")).isNotEqualTo(base);
    assertThat(norm("select a from t where b is null")).isNotEqualTo(base);
  }

  @Test
  void reportsBrokenInputButStillFingerprints() {
    assertThat(Fingerprinter.fingerprint("select 'open").problems())
        .singleElement()
        .asString()
        .contains("unterminated string");
    assertThat(Fingerprinter.fingerprint("select /* open").problems())
        .singleElement()
        .asString()
        .contains("unterminated comment");
    assertThat(Fingerprinter.fingerprint("select ((1").problems())
        .singleElement()
        .asString()
        .contains("unclosed");
    assertThat(Fingerprinter.fingerprint(null).wellFormed()).isFalse();
    assertThat(Fingerprinter.fingerprint("  -- nothing").problems())
        .containsExactly("empty statement");
  }

  @Test
  void mysqlCommentThatIsUnterminatedUnderNestingFallsBackToFirstClose() {
    Fingerprint fp = Fingerprinter.fingerprint("select /* a /* b */ 1");
    assertThat(fp.normalized()).isEqualTo("select ?");
    assertThat(fp.wellFormed()).isTrue();
  }

  @Test
  void idIsFnv1a64OfUtf8NormalizedText() {
    Fingerprint fp = Fingerprinter.fingerprint("select 'x' from \"Täble\" where \"😀\" = 1");
    long h = 0xcbf29ce484222325L;
    for (byte b : fp.normalized().getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    assertThat(fp.id()).isEqualTo(h);
    assertThat(fp.hexId()).hasSize(16).isEqualTo(String.format("%016x", h));
  }

  @Test
  void withoutLiteralsRedactsValuesButKeepsNamesAsWritten() {
    String sql =
        "SELECT GenreId, Name FROM Genre WHERE Name = 'Rock' AND GenreId IN (1, 2, 3) LIMIT 50";
    assertThat(Fingerprinter.withoutLiterals(sql))
        .isEqualTo("SELECT GenreId, Name FROM Genre WHERE Name = ? AND GenreId IN (...) LIMIT ?")
        .doesNotContain("Rock");
    // Keyword-driven rules still apply when keywords are upper case: NULL after IS is shape.
    assertThat(Fingerprinter.withoutLiterals("SELECT a FROM T WHERE b IS NOT NULL AND c = NULL"))
        .isEqualTo("SELECT a FROM T WHERE b IS NOT NULL AND c = ?");
    assertThat(Fingerprinter.withoutLiterals("INSERT INTO T (a) VALUES (1), (2)"))
        .isEqualTo("INSERT INTO T(a) VALUES (?)");
    assertThat(Fingerprinter.withoutLiterals(null)).isEmpty();
    // Text that must run keeps its quoted names: "user"."select" bare is another statement.
    assertThat(Fingerprinter.withoutLiterals("select * from \"user\".\"select\" where `a``b` = 1"))
        .isEqualTo("select * from \"user\".\"select\" where `a``b` = ?");
    assertThat(Fingerprinter.fingerprint("select * from \"orders\"").normalized())
        .isEqualTo("select * from orders");
  }
}
