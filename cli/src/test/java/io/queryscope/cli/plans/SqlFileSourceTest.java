package io.queryscope.cli.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.regression.StatementSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFileSourceTest {

  @TempDir Path dir;

  @Test
  void namesStatementsByRelativeFileAndPositionWithTheirBinds() throws Exception {
    Files.createDirectories(dir.resolve("reports"));
    Files.writeString(
        dir.resolve("orders.sql"),
        "select * from orders where id = 1;\n"
            + "-- params: 42, 'paid'\n"
            + "select * from orders where customer_id = ? and status = ?;\n"
            + "select * from orders where status = $1;\n");
    Files.writeString(dir.resolve("orders.sql.params"), "# per position\n3: 'it''s, odd'\n");
    Files.writeString(dir.resolve("reports/daily.sql"), "select count(*) from orders");
    Files.writeString(dir.resolve("notes.txt"), "not sql");

    List<StatementSpec> statements = SqlFileSource.read(dir);

    assertThat(statements)
        .extracting(StatementSpec::id)
        .containsExactly("orders.sql#1", "orders.sql#2", "orders.sql#3", "reports/daily.sql#1");
    StatementSpec second = statements.get(1);
    assertThat(second.sql()).isEqualTo("select * from orders where customer_id = ? and status = ?");
    assertThat(second.binds()).containsExactly("42", "'paid'");
    assertThat(second.executableSql())
        .isEqualTo("select * from orders where customer_id = 42 and status = 'paid'");
    assertThat(second.fingerprint()).isEqualTo(Fingerprinter.fingerprint(second.sql()).hexId());
    assertThat(statements.get(2).binds()).containsExactly("'it''s, odd'");
    assertThat(statements.get(0).binds()).isEmpty();
  }

  @Test
  void aSingleFileIsNamedByItsFileName() throws Exception {
    Path file = dir.resolve("one.sql");
    Files.writeString(file, "select 1");
    assertThat(SqlFileSource.read(file)).extracting(StatementSpec::id).containsExactly("one.sql#1");
  }

  @Test
  void missingOrEmptyInputIsAUsageErrorNamingIt() throws Exception {
    assertThatThrownBy(() -> SqlFileSource.read(dir.resolve("nope")))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("--queries")
        .hasMessageContaining("does not exist");
    Files.writeString(dir.resolve("empty.sql"), "-- nothing here\n");
    assertThatThrownBy(() -> SqlFileSource.read(dir))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("holds no SQL statements")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.USAGE);
  }

  @Test
  void bindValuesParseAndQuoteCapturedValues() {
    assertThat(BindValues.parse(" 42 , 'a,b', NULL ", "x")).containsExactly("42", "'a,b'", "NULL");
    assertThat(BindValues.literalOf("7")).isEqualTo("7");
    assertThat(BindValues.literalOf("O'Brien")).isEqualTo("'O''Brien'");
    assertThat(BindValues.literalOf(null)).isEqualTo("NULL");
    assertThatThrownBy(() -> BindValues.parse("1,,2", "f.sql#1 params"))
        .hasMessage(
            "f.sql#1 params: an empty bind value; write NULL for a null, '' for an empty string");
    assertThatThrownBy(() -> BindValues.parse("'open", "p")).hasMessageContaining("not closed");
  }
}
