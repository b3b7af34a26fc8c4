package io.queryscope.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlAnalyzerTest {

  /** One predicate per row, written the PostgreSQL way and the MySQL way. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '~',
      value = {
        // dialect ; sql ; table ; column ; kind ; wrapped ; function
        "pg ; select id from orders o where o.customer_id = $1 ; orders ; customer_id ; EQUALITY ; false ; ~~",
        "mysql ; select `id` from `orders` `o` where `o`.`customer_id` = ? ; orders ; customer_id ; EQUALITY ; false ; ~~",
        "pg ; select id from orders where created_at >= $1 ; orders ; created_at ; RANGE ; false ; ~~",
        "mysql ; select id from orders where created_at < '2024-01-01' ; orders ; created_at ; RANGE ; false ; ~~",
        "pg ; select id from orders where total between 1 and 2 ; orders ; total ; RANGE ; false ; ~~",
        "mysql ; select id from orders where total between ? and ? ; orders ; total ; RANGE ; false ; ~~",
        "pg ; select id from orders where id in ($1, $2, $3) ; orders ; id ; IN_LIST ; false ; ~~",
        "pg ; select id from orders where id = any($1::bigint[]) ; orders ; id ; IN_LIST ; false ; ~~",
        "mysql ; select id from orders where id in (1, 2, 3) ; orders ; id ; IN_LIST ; false ; ~~",
        "pg ; select id from customers where name like 'bo%' ; customers ; name ; LIKE ; false ; ~~",
        "mysql ; select id from customers where name like ? ; customers ; name ; LIKE ; false ; ~~",
        "pg ; select id from customers where name ilike '%bo' ; customers ; name ; LIKE_LEADING_WILDCARD ; false ; ~~",
        "mysql ; select id from customers where name like \"%bo\" ; customers ; name ; LIKE_LEADING_WILDCARD ; false ; ~~",
        "mysql ; select id from customers where name like concat('%', ?) ; customers ; name ; LIKE_LEADING_WILDCARD ; false ; ~~",
        "pg ; select id from customers where name like '%' || $1 ; customers ; name ; LIKE_LEADING_WILDCARD ; false ; ~~",
        "mysql ; select id from customers where name regexp '^a' ; customers ; name ; LIKE_LEADING_WILDCARD ; false ; regexp",
        "pg ; select id from orders where shipped_at is null ; orders ; shipped_at ; IS_NULL ; false ; ~~",
        "mysql ; select id from orders where shipped_at is not null ; orders ; shipped_at ; IS_NULL ; false ; ~~",
        "pg ; select o.id from orders o join customers c on c.id = o.customer_id ; orders ; customer_id ; JOIN ; false ; ~~",
        "mysql ; select o.id from orders o, customers c where c.id = o.customer_id ; customers ; id ; JOIN ; false ; ~~",
        "pg ; select id from orders order by created_at desc ; orders ; created_at ; ORDER_BY ; false ; ~~",
        "mysql ; select id from orders order by `created_at` ; orders ; created_at ; ORDER_BY ; false ; ~~",
        "pg ; select status, count(*) from orders group by status ; orders ; status ; GROUP_BY ; false ; ~~",
        "mysql ; select status, count(*) from orders group by status ; orders ; status ; GROUP_BY ; false ; ~~",
        "pg ; select id from customers where lower(email) = $1 ; customers ; email ; EQUALITY ; true ; lower",
        "mysql ; select id from orders where date(created_at) = ? ; orders ; created_at ; EQUALITY ; true ; date",
        "pg ; select id from orders where created_at::date = $1 ; orders ; created_at ; EQUALITY ; true ; cast",
        "mysql ; select id from orders where cast(created_at as date) >= ? ; orders ; created_at ; RANGE ; true ; cast",
        "pg ; select id from ledger where amount * 2 > $1 ; ledger ; amount ; RANGE ; true ; *",
        "pg ; select \"public\".\"orders\".\"id\" from \"public\".\"orders\" where \"public\".\"orders\".\"status\" = $1 ; orders ; status ; EQUALITY ; false ; ~~",
        "mysql ; update orders set status = 'x' where id = 7 ; orders ; id ; EQUALITY ; false ; ~~",
        "pg ; delete from sessions where expires_at < now() ; sessions ; expires_at ; RANGE ; false ; ~~",
      })
  void recordsEachPredicateKind(
      String dialect,
      String sql,
      String table,
      String column,
      UsageKind kind,
      boolean wrapped,
      String function) {
    SqlAnalysis a = SqlAnalyzer.analyze(sql);
    assertThat(a.parseStatus()).as(a.parseError()).isEqualTo(ParseStatus.PARSED);
    assertThat(a.columnUsages())
        .contains(new ColumnUsage(table, column, kind, wrapped, function == null ? "" : function));
  }

  @Test
  void answersTheQuestionsRulesAsk() {
    SqlAnalysis a =
        SqlAnalyzer.analyze(
            "select o1_0.id,o1_0.status from orders o1_0 join customers c1_0 on c1_0.id=o1_0.customer_id"
                + " where o1_0.status=? and o1_0.created_at>=? and o1_0.id in (?,?)"
                + " and lower(c1_0.email) like '%@example.com' order by o1_0.created_at desc"
                + " limit 20 offset 10000");
    assertThat(a.statementType()).isEqualTo(StatementType.SELECT);
    assertThat(a.tablesRead()).containsExactly("orders", "customers");
    assertThat(a.tablesWritten()).isEmpty();
    assertThat(a.equalityColumns("orders")).containsExactly("status");
    assertThat(a.rangeColumns("orders")).containsExactly("created_at");
    assertThat(a.inListColumns("orders")).containsExactly("id");
    assertThat(a.sortKeys("orders"))
        .containsExactly(new SortKey("orders", "created_at", true, false));
    assertThat(a.columns("customers", UsageKind.JOIN)).containsExactly("id");
    assertThat(a.nonSargable())
        .containsExactly(
            new ColumnUsage("customers", "email", UsageKind.LIKE_LEADING_WILDCARD, true, "lower"));
    assertThat(a.selectStar()).isFalse();
    assertThat(a.paging())
        .isEqualTo(new Paging(true, OptionalLong.of(20), true, OptionalLong.of(10000)));
  }

  @Test
  void tablesWrittenAndReadWithAliases() {
    SqlAnalysis update =
        SqlAnalyzer.analyze(
            "update orders o set vip = true from customers c where c.id = o.customer_id and c.tier = $1");
    assertThat(update.statementType()).isEqualTo(StatementType.UPDATE);
    assertThat(update.tablesWritten()).containsExactly("orders");
    assertThat(update.tablesRead()).containsExactly("customers");
    assertThat(update.equalityColumns("customers")).containsExactly("tier");

    SqlAnalysis insert =
        SqlAnalyzer.analyze("insert into archive (id) select id from orders where total > 5");
    assertThat(insert.statementType()).isEqualTo(StatementType.INSERT);
    assertThat(insert.tablesWritten()).containsExactly("archive");
    assertThat(insert.rangeColumns("orders")).containsExactly("total");

    SqlAnalysis delete =
        SqlAnalyzer.analyze("delete from order_items i using orders o where o.id = i.order_id");
    assertThat(delete.tablesWritten()).containsExactly("order_items");
    assertThat(delete.tablesRead()).containsExactly("orders");
  }

  @Test
  void subqueriesCtesAndStar() {
    SqlAnalysis a =
        SqlAnalyzer.analyze(
            "with recent as (select * from orders where created_at > $1)"
                + " select c.* from customers c where c.id in (select customer_id from recent)"
                + " and exists (select 1 from payments p where p.customer_id = c.id)");
    assertThat(a.ctes()).containsExactly("recent");
    assertThat(a.subqueries()).isEqualTo(3);
    assertThat(a.selectStar()).isTrue();
    assertThat(a.tablesRead()).containsExactly("orders", "customers", "payments");
    assertThat(a.columns("payments", UsageKind.JOIN)).containsExactly("customer_id");
    assertThat(a.columns("customers", UsageKind.JOIN)).containsExactly("id");
  }

  @Test
  void pagingVariants() {
    assertThat(SqlAnalyzer.analyze("select id from t").paging()).isEqualTo(Paging.NONE);
    assertThat(SqlAnalyzer.analyze("select id from t limit ?").paging())
        .isEqualTo(new Paging(true, OptionalLong.empty(), false, OptionalLong.empty()));
    assertThat(SqlAnalyzer.analyze("select id from t limit 100, 25").paging())
        .isEqualTo(new Paging(true, OptionalLong.of(25), true, OptionalLong.of(100)));
    assertThat(
            SqlAnalyzer.analyze("select id from t offset 40 rows fetch next 20 rows only").paging())
        .isEqualTo(new Paging(true, OptionalLong.of(20), true, OptionalLong.of(40)));
    // A LIMIT inside a subquery does not bound the outer result.
    assertThat(
            SqlAnalyzer.analyze("select * from (select id from t limit 5) x join u on u.id = x.id")
                .paging()
                .hasLimit())
        .isFalse();
  }

  /** The cache is per fingerprint; values that rules need still come from each statement. */
  @Test
  void cachedAnalysisKeepsEachStatementsOwnValues() {
    AnalysisEngine engine = new AnalysisEngine(500, 100);
    SqlAnalysis shallow = engine.analyze("select id from t where a = 1 limit 10 offset 20");
    SqlAnalysis deep = engine.analyze("select id from t where a = 2 limit 10 offset 500000");
    assertThat(deep.fingerprintId()).isEqualTo(shallow.fingerprintId());
    assertThat(deep.paging().offset()).hasValue(500000);
    assertThat(shallow.paging().offset()).hasValue(20);

    SqlAnalysis prefix = engine.analyze("select id from t where name like 'ab%'");
    SqlAnalysis leading = engine.analyze("select id from t where name like '%ab'");
    assertThat(prefix.columns("t", UsageKind.LIKE)).containsExactly("name");
    assertThat(leading.columns("t", UsageKind.LIKE_LEADING_WILDCARD)).containsExactly("name");
    assertThat(engine.stats().cacheHits()).isEqualTo(1);
    assertThat(engine.stats().parsed()).isEqualTo(3);
  }

  @Test
  void unparsableStatementsAreCountedAndAnalysedByTheLexer() {
    AnalysisEngine engine = new AnalysisEngine(500, 100);
    SqlAnalysis a =
        engine.analyze(
            "select * from orders o join customers c on c.id = o.customer_id"
                + " where o.status = 'x' and c.doc @@@ 'q' and o.total > 5 limit 3");
    assertThat(a.parseStatus()).isEqualTo(ParseStatus.UNPARSABLE);
    assertThat(a.parseError()).isNotEmpty();
    SqlAnalysis secret = engine.analyze("select a from t where b = 'hunter2' 'x' @@@ 'pw'");
    assertThat(secret.parseError()).isNotEmpty().doesNotContain("hunter2").doesNotContain("pw");
    assertThat(a.statementType()).isEqualTo(StatementType.SELECT);
    assertThat(a.tablesRead()).containsExactly("orders", "customers");
    assertThat(a.selectStar()).isTrue();
    assertThat(a.paging().limit()).hasValue(3);
    assertThat(a.equalityColumns("orders")).containsExactly("status");
    assertThat(a.rangeColumns("orders")).containsExactly("total");
    assertThat(a.columns("customers", UsageKind.JOIN)).containsExactly("id");
    assertThat(engine.stats().unparsable()).isEqualTo(2);

    SqlAnalysis update = engine.analyze("update `t` set a = 1 where b = 2 and c @@@ 'x'");
    assertThat(update.parseStatus()).isEqualTo(ParseStatus.UNPARSABLE);
    assertThat(update.statementType()).isEqualTo(StatementType.UPDATE);
    assertThat(update.tablesWritten()).containsExactly("t");
  }

  @Test
  void slowParsesAreCutOffByTheTimeLimit() {
    StringBuilder sql = new StringBuilder("select id from t where ");
    for (int i = 0; i < 3000; i++) {
      sql.append(i == 0 ? "" : " or ").append("(a = ").append(i).append(" and b like 'x')");
    }
    AnalysisEngine engine = new AnalysisEngine(1, 100);
    SqlAnalysis a = engine.analyze(sql.toString());
    assertThat(a.parseStatus()).isEqualTo(ParseStatus.TIMED_OUT);
    assertThat(a.tablesRead()).containsExactly("t");
    assertThat(engine.stats().timedOut()).isEqualTo(1);

    // Not cached: the next call parses again instead of keeping the fallback forever.
    engine.analyze(sql.toString());
    assertThat(engine.stats().cacheHits()).isZero();
    assertThat(engine.stats().timedOut()).isEqualTo(2);
  }

  @Test
  void hugeOrDeepStatementsSkipTheParser() {
    AnalysisEngine engine = new AnalysisEngine(500, 100);
    String deep = "select * from t where a = " + "(".repeat(5000) + "1" + ")".repeat(5000);
    assertThat(engine.analyze(deep).parseStatus()).isEqualTo(ParseStatus.TOO_COMPLEX);
    StringBuilder huge = new StringBuilder("insert into t (a) values (0)");
    for (int i = 1; huge.length() < 1_000_000; i++) {
      huge.append(", (").append(i).append(')');
    }
    SqlAnalysis a = engine.analyze(huge.toString());
    assertThat(a.parseStatus()).isEqualTo(ParseStatus.TOO_COMPLEX);
    assertThat(a.tablesWritten()).containsExactly("t");
    assertThat(engine.stats().tooComplex()).isEqualTo(2);
  }

  @Test
  void neverThrows() {
    assertThat(SqlAnalyzer.analyze(null).parseStatus()).isEqualTo(ParseStatus.EMPTY);
    assertThat(SqlAnalyzer.analyze(" -- nothing").parseStatus()).isEqualTo(ParseStatus.EMPTY);
    Random random = new Random(11);
    List<Corpus.Entry> corpus = Corpus.load("postgresql");
    corpus.addAll(Corpus.load("mysql"));
    AnalysisEngine engine = new AnalysisEngine(200, 10);
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder(corpus.get(random.nextInt(corpus.size())).sql());
      for (int e = 0; e < 3 && sb.length() > 0; e++) {
        sb.setCharAt(random.nextInt(sb.length()), (char) random.nextInt(128));
      }
      SqlAnalysis a = engine.analyze(sb.toString());
      assertThat(a).isNotNull();
      assertThat(a.parseStatus()).isNotNull();
      // The engine catches its own crashes and says so: a garbled statement must not be one.
      assertThat(a.parseError()).as(sb.toString()).doesNotStartWith("internal error");
    }
  }

  @Test
  void concurrentCallersGetTheSameAnswers() throws Exception {
    List<Corpus.Entry> corpus = Corpus.load("postgresql");
    corpus.addAll(Corpus.load("mysql"));
    AnalysisEngine reference = new AnalysisEngine(500, 1000);
    List<SqlAnalysis> expected = corpus.stream().map(e -> reference.analyze(e.sql())).toList();
    AnalysisEngine shared = new AnalysisEngine(500, 50); // small: evictions while racing
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<SqlAnalysis>>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> corpus.stream().map(e -> shared.analyze(e.sql())).toList()));
      }
      for (var f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theWholeCorpusParses() {
    List<String> unparsed = new java.util.ArrayList<>();
    for (String dialect : List.of("mysql", "postgresql")) {
      for (Corpus.Entry e : Corpus.load(dialect)) {
        if (!SqlAnalyzer.analyze(e.sql()).parsed()) {
          unparsed.add(e.sql());
        }
      }
    }
    assertThat(unparsed).isEmpty();
  }

  @Test
  void quotedNamesReachRulesAsTheirRawNames() {
    SqlAnalysis a =
        SqlAnalyzer.analyze(
            "select * from \"Shop\".\"a\"\"b\" where \"Id\" = 1 and \"x\"\"y\" = 2 and Plain = 3");
    assertThat(a.tables()).extracting(TableRef::name).containsExactly("a\"b");
    assertThat(a.tables()).extracting(TableRef::schema).containsExactly("Shop");
    assertThat(a.equalityColumns("a\"b")).containsExactly("Id", "x\"y", "plain");
    SqlAnalysis mysql = SqlAnalyzer.analyze("select * from `t``u` where `Id` = 1");
    assertThat(mysql.tables()).extracting(TableRef::name).containsExactly("t`u");
    assertThat(mysql.equalityColumns("t`u")).containsExactly("Id");
  }
}
