package io.queryscope.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.sql.SqlCalls.Call;
import io.queryscope.core.sql.SqlCalls.Flavor;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlCallsTest {

  private static List<String> pg(String sql) {
    return SqlCalls.of(sql, Flavor.POSTGRES).calls().stream().map(Call::qualified).toList();
  }

  private static List<String> my(String sql) {
    return SqlCalls.of(sql, Flavor.MYSQL).calls().stream().map(Call::qualified).toList();
  }

  @Test
  void readsQualifiedAndQuotedNamesAsThePlanPrintsThem() {
    assertThat(pg("pg_terminate_backend(a.pid)")).containsExactly("pg_terminate_backend");
    assertThat(pg("\"My Schema\".\"Kill\"(1) = public.audit_fn(7)"))
        .containsExactly("My Schema.Kill", "public.audit_fn");
    assertThat(pg("\"a\"\"b\"(1)")).containsExactly("a\"b");
    assertThat(pg("LOWER((c.name)::text)")).containsExactly("lower");
  }

  @Test
  void aCommentOrSpaceBeforeTheParenthesisHidesNothing() {
    assertThat(my("select sleep /* x */ (30)")).containsExactly("sleep");
    assertThat(my("select `audit_fn` (7), test.`f`(1)")).containsExactly("audit_fn", "test.f");
    assertThat(my("select /*!50000 get_lock('x', 0) */ 1")).containsExactly("get_lock");
  }

  @Test
  void literalsAndCommentsAreNotCalls() {
    assertThat(pg("select 'pg_sleep(1)' -- pg_sleep(2)\n /* pg_sleep(3) */")).isEmpty();
    assertThat(my("select 'sleep(1)', \"x\" # sleep(2)")).isEmpty();
  }

  @Test
  void keywordsAndTypeModifiersAreNotCalls() {
    assertThat(pg("x IN (1, 2) AND EXISTS (SELECT 1) AND y = ANY ('{1}'::integer[])")).isEmpty();
    assertThat(pg("(x)::numeric(10,2) AND (y)::character varying(5) = 'a'")).isEmpty();
    assertThat(pg("(x)::text AND f(y)")).containsExactly("f");
    assertThat(pg("(x)::pg_catalog.numeric(3) || g(z)")).containsExactly("g");
    assertThat(my("insert into t (a, b) values (upper('x'), 2)")).containsExactly("upper");
  }

  @Test
  void cteColumnListsAndAliasColumnListsAreNotCalls() {
    assertThat(
            my(
                "with recursive r(n) as (select 1 union all select n + 1 from r), s(m) as"
                    + " (select abs(1)) select count(*) from r"))
        .containsExactly("abs", "count");
    assertThat(pg("with r(n) as not materialized (select 1) select * from g(1) as t(a int)"))
        .containsExactly("g");
    assertThat(my("select cast(x as char(10))")).isEmpty();
    // A record-returning call with a column definition list is still a call.
    assertThat(pg("select * from dblink('x', 'select 1') as (a int)")).containsExactly("dblink");
  }

  @Test
  void givesSymbolsForSyntaxChecks() {
    SqlCalls calls = SqlCalls.of("select @a := 1 into @b", Flavor.MYSQL);
    assertThat(calls.symbols()).contains(":=", "into", "@b");
    assertThat(calls.names()).contains("@a", "@b");
  }
}
