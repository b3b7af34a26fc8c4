package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.IndexKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresIndexDdlTest {

  @Test
  void rendersBareNamesWhenNoQuotesAreNeeded() {
    CandidateIndex index = CandidateIndex.on("orders", List.of("status", "created_at"));
    assertThat(PostgresIndexDdl.render(index, index.suggestedName()))
        .isEqualTo("CREATE INDEX idx_orders_status_created_at ON orders(status, created_at)");
  }

  @Test
  void quotesReservedMixedCaseAndSchemaQualifiedNames() {
    CandidateIndex index =
        new CandidateIndex(
            "Sales", "order", List.of("user", "CreatedAt"), List.of("total"), null, true);
    assertThat(PostgresIndexDdl.render(index, "idx_order"))
        .isEqualTo(
            "CREATE UNIQUE INDEX idx_order ON \"Sales\".\"order\"(\"user\", \"CreatedAt\")"
                + " INCLUDE (total)");
  }

  @Test
  void keepsExpressionKeysAndPartialPredicates() {
    // An expression key is built from its parts; a column merely named like a call is a name.
    CandidateIndex index =
        new CandidateIndex(
            null,
            "customers",
            List.of(),
            List.of(),
            "country = 'FR'",
            false,
            List.of(IndexKey.function("lower", "last_name")));
    assertThat(PostgresIndexDdl.render(index, "idx_c"))
        .isEqualTo("CREATE INDEX idx_c ON customers(lower(last_name)) WHERE (country = 'FR')");
    assertThat(
            PostgresIndexDdl.render(
                CandidateIndex.on("customers", List.of("lower(last_name)")), "idx_c"))
        .isEqualTo("CREATE INDEX idx_c ON customers(\"lower(last_name)\")");
  }

  @Test
  void refusesAnIndexWithoutColumns() {
    assertThatThrownBy(
            () -> PostgresIndexDdl.render(CandidateIndex.on("orders", List.of()), "idx_orders"))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("at least one column")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.USAGE);
  }
}
