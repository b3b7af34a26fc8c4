package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.IndexKey;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.sql.SingleStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresIdentifiersTest {

  private static final PostgresIdentifiers Q = PostgresIdentifiers.INSTANCE;

  static final List<String> PAYLOADS =
      List.of(
          "x)); COMMIT; BEGIN READ WRITE; DROP TABLE victim; COMMIT; --(",
          "x); DROP TABLE victim; --(",
          "\"x\"); DROP TABLE victim; --",
          "(x); DROP TABLE victim; --(");

  @Test
  void plainLowerCaseWordsStayBareEverythingElseIsQuoted() {
    assertThat(Q.quote("orders")).isEqualTo("orders");
    assertThat(Q.quote("created_at$2")).isEqualTo("created_at$2");
    assertThat(Q.quote("Orders")).isEqualTo("\"Orders\"");
    assertThat(Q.quote("user")).isEqualTo("\"user\"");
    assertThat(Q.quote("select")).isEqualTo("\"select\"");
    assertThat(Q.quote("1st")).isEqualTo("\"1st\"");
    assertThat(Q.quote("first name")).isEqualTo("\"first name\"");
    assertThat(Q.quote("straße")).isEqualTo("\"straße\"");
    assertThat(Q.quote("`id`")).isEqualTo("\"`id`\"");
  }

  @Test
  void nothingCountsAsAlreadyQuoted() {
    assertThat(Q.quote("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(Q.quote("\"a\"\"b\"")).isEqualTo("\"\"\"a\"\"\"\"b\"\"\"");
    assertThat(Q.quote("\"Id\"")).isEqualTo("\"\"\"Id\"\"\"");
  }

  @Test
  void payloadsStayInsideOneQuotedName() {
    for (String payload : PAYLOADS) {
      String quoted = Q.quote(payload);
      assertThat(quoted).startsWith("\"").endsWith("\"");
      assertThat(quoted.substring(1, quoted.length() - 1).replace("\"\"", "")).doesNotContain("\"");
      String ddl = "CREATE INDEX i ON t (" + Q.indexKey(IndexKey.function("lower", payload)) + ")";
      assertThat(SingleStatement.isSingle(ddl, "CREATE", "INDEX")).as(ddl).isTrue();
    }
  }

  @Test
  void controlCharactersAndEmptyNamesAreRefused() {
    assertThatThrownBy(() -> Q.quote("a\u0000b")).isInstanceOf(QueryScopeException.class);
    assertThatThrownBy(() -> Q.quote("a\nb")).isInstanceOf(QueryScopeException.class);
    assertThatThrownBy(() -> Q.quote("")).isInstanceOf(QueryScopeException.class);
  }

  @Test
  void expressionKeysAreRenderedFromTheirParts() {
    assertThat(Q.indexKey(IndexKey.function("LOWER", "Email"))).isEqualTo("lower(\"Email\")");
    assertThat(Q.indexKey(IndexKey.column("email"))).isEqualTo("email");
    assertThatThrownBy(() -> IndexKey.function("pg_sleep", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sixtyThreeByteNamesAreTheLimitAndReachableThroughTheSpi() {
    String name = "a".repeat(63);
    assertThat(Q.quote(name)).isEqualTo(name);
    assertThat(Q.maxIdentifierLength()).isEqualTo(63);
    assertThat(Dialects.identifiers(DatabaseKind.POSTGRESQL)).isSameAs(Q);
    assertThat(Q.qualified("Shop", "order")).isEqualTo("\"Shop\".\"order\"");
    assertThat(Q.qualified(null, "orders")).isEqualTo("orders");
  }
}
