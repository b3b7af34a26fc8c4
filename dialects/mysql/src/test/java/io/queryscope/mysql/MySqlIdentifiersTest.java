package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.IndexKey;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.sql.SingleStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlIdentifiersTest {

  private static final MySqlIdentifiers Q = MySqlIdentifiers.INSTANCE;

  private static final List<String> PAYLOADS =
      List.of(
          "x)); COMMIT; BEGIN READ WRITE; DROP TABLE victim; COMMIT; --(",
          "x); DROP TABLE victim; --(",
          "\"x\"); DROP TABLE victim; --",
          "(x); DROP TABLE victim; --(",
          "`x`); DROP TABLE victim; -- ",
          "x\\`); DROP TABLE victim; #");

  @Test
  void plainLowerCaseWordsStayBareEverythingElseIsQuoted() {
    assertThat(Q.quote("orders")).isEqualTo("orders");
    assertThat(Q.quote("Orders")).isEqualTo("`Orders`");
    assertThat(Q.quote("order")).isEqualTo("`order`");
    assertThat(Q.quote("user")).isEqualTo("`user`");
    assertThat(Q.quote("123")).isEqualTo("`123`");
    assertThat(Q.quote("first name")).isEqualTo("`first name`");
    assertThat(Q.quote("straße")).isEqualTo("`straße`");
    assertThat(Q.quote("a\"\"b")).isEqualTo("`a\"\"b`");
  }

  @Test
  void backticksAreDoubledAndNeverTakenAsQuotes() {
    assertThat(Q.quote("a`b")).isEqualTo("`a``b`");
    assertThat(Q.quote("`id`")).isEqualTo("```id```");
  }

  @Test
  void payloadsStayInsideOneQuotedName() {
    for (String payload : PAYLOADS) {
      String quoted = Q.quote(payload);
      assertThat(quoted.substring(1, quoted.length() - 1).replace("``", "")).doesNotContain("`");
      String ddl =
          "CREATE INDEX i ON t ("
              + Q.indexKey(IndexKey.column(payload))
              + ", "
              + Q.indexKey(IndexKey.function("lower", payload))
              + ")";
      assertThat(SingleStatement.isSingle(ddl, "CREATE", "INDEX")).as(ddl).isTrue();
    }
  }

  @Test
  void functionalKeyPartsGetTheirOwnParentheses() {
    assertThat(Q.indexKey(IndexKey.function("lower", "Email"))).isEqualTo("(lower(`Email`))");
  }

  @Test
  void limitsAndRefusals() {
    assertThat(Q.maxIdentifierLength()).isEqualTo(64);
    assertThat(Q.quote("a".repeat(64))).isEqualTo("a".repeat(64));
    assertThatThrownBy(() -> Q.quote("a\u0000")).isInstanceOf(QueryScopeException.class);
    assertThat(Dialects.identifiers(DatabaseKind.MARIADB)).isSameAs(Q);
    assertThat(Dialects.identifiers(DatabaseKind.MYSQL)).isSameAs(Q);
  }
}
