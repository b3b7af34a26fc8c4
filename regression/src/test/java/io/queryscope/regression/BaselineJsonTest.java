package io.queryscope.regression;

import static io.queryscope.regression.TestPlans.fullScan;
import static io.queryscope.regression.TestPlans.indexScan;
import static io.queryscope.regression.TestPlans.join;
import static io.queryscope.regression.TestPlans.ran;
import static io.queryscope.regression.TestPlans.sort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.plan.Buffers;
import io.queryscope.core.plan.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineJsonTest {

  private static BaselineStatement statement(String id, double cost) {
    RecordedPlan plan =
        RecordedPlan.of(
            RecordedNode.from(
                ran(
                    sort(
                        cost,
                        join(
                            Operation.HASH_JOIN,
                            cost * 0.9,
                            fullScan("orders", cost / 2, 1000),
                            indexScan("customers", "customers_pkey", 8, 1)),
                        true),
                    990)),
            true,
            new Timing(12.3456, 0.25, 5),
            new Buffers(120, 7, 0, 3));
    return new BaselineStatement(
        new StatementSpec(
            id, "select * from orders where status = ? -- \"quoted\"", List.of("'paid'"), "ab12"),
        plan);
  }

  private static Baseline baseline(List<BaselineStatement> statements) {
    return new Baseline("0.1.0", "postgresql", "17.6", true, 5, statements);
  }

  @Test
  void roundTripsEveryField() {
    Baseline written = baseline(List.of(statement("orders.sql#1", 123.456)));
    Baseline read = BaselineReader.parse(BaselineJson.write(written), "baseline.json");
    BaselineStatement original = written.statements().get(0);
    BaselineStatement back = read.statements().get(0);
    assertThat(back.statement()).isEqualTo(original.statement());
    assertThat(back.plan().shapeHash()).isEqualTo(original.plan().shapeHash());
    assertThat(back.plan().totalCost()).isEqualTo(123.46);
    assertThat(back.plan().timing()).isEqualTo(new Timing(12.346, 0.25, 5));
    assertThat(back.plan().root().spilledToDisk()).isTrue();
    assertThat(back.plan().buffers()).isEqualTo(new Buffers(120, 7, 0, 3));
    assertThat(back.plan().root().actualRows()).isEqualTo(990);
    assertThat(read.dialect()).isEqualTo("postgresql");
    assertThat(read.serverVersion()).isEqualTo("17.6");
    assertThat(read.analyze()).isTrue();
    assertThat(read.repeat()).isEqualTo(5);
    assertThat(BaselineJson.write(read)).isEqualTo(BaselineJson.write(written));
  }

  @Test
  void sameContentInAnyOrderGivesTheSameBytesSortedByFileThenPosition() {
    List<BaselineStatement> statements =
        List.of(
            statement("orders.sql#10", 5), statement("a/b.sql#1", 5), statement("orders.sql#2", 5));
    String one = BaselineJson.write(baseline(statements));
    String other =
        BaselineJson.write(
            baseline(List.of(statements.get(2), statements.get(0), statements.get(1))));
    assertThat(one).isEqualTo(other);
    assertThat(one.indexOf("a/b.sql#1")).isLessThan(one.indexOf("orders.sql#2")).isGreaterThan(0);
    assertThat(one.indexOf("orders.sql#2")).isLessThan(one.indexOf("orders.sql#10"));
    assertThat(one).doesNotContainIgnoringCase("recordedAt").endsWith("}\n");
    assertThat(one.lines()).anyMatch(l -> l.equals("        \"operation\": \"SORT\","));
  }

  @Test
  void updateKeepsEntriesAndReplacesPlans() {
    Baseline old = baseline(List.of(statement("a.sql#1", 10), statement("b.sql#1", 10)));
    Baseline updated =
        old.with(
            "0.2.0", "17.7", false, 1, List.of(statement("b.sql#1", 99), statement("c.sql#1", 1)));
    assertThat(updated.statements())
        .extracting(BaselineStatement::id)
        .containsExactly("a.sql#1", "b.sql#1", "c.sql#1");
    assertThat(updated.statement("b.sql#1").orElseThrow().plan().totalCost()).isEqualTo(99);
    assertThat(updated.serverVersion()).isEqualTo("17.7");
  }

  @Test
  void notJsonIsOneClearLine() {
    assertThatThrownBy(() -> BaselineReader.parse("{\"format\": 1,", "plans.json"))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageStartingWith("baseline plans.json is malformed: it is not valid JSON (")
        .hasMessageEndingWith("; fix it or record it again with 'queryscope plans record'")
        .satisfies(
            e ->
                assertThat(((QueryScopeException) e).code())
                    .isEqualTo(ErrorCode.MALFORMED_BASELINE))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void missingPartsAreNamed() {
    String noStatements =
        "{\"format\": 1, \"tool\": {\"version\": \"x\"}, \"server\": {\"dialect\": \"postgresql\","
            + " \"version\": \"17\"}, \"mode\": {\"analyze\": false, \"repeat\": 1}}";
    assertThatThrownBy(() -> BaselineReader.parse(noStatements, "b.json"))
        .hasMessageContaining("\"statements\" should be a JSON array");
    String badOperation =
        BaselineJson.write(baseline(List.of(statement("a.sql#1", 1))))
            .replace("HASH_JOIN", "TELEPORT");
    assertThatThrownBy(() -> BaselineReader.parse(badOperation, "b.json"))
        .hasMessageContaining(
            "statement a.sql#1 plan.children[0] has an unknown operation 'TELEPORT'");
    assertThatThrownBy(() -> BaselineReader.parse("{\"format\": 7}", "b.json"))
        .hasMessageContaining("it has format 7 but this queryscope reads format 1");
  }

  @Test
  void aMissingFileSaysHowToCreateIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> BaselineReader.read(missing))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("does not exist; create it with 'queryscope plans record --out");
  }

  @Test
  void writesAFileThatReadsBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("baseline.json");
    Files.writeString(file, BaselineJson.write(baseline(List.of(statement("x.sql#1", 3)))));
    assertThat(BaselineReader.read(file).statements()).hasSize(1);
  }
}
