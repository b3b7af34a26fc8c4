package io.queryscope.core.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexNamesTest {

  @Test
  void plainNamesReadAsBefore() {
    assertThat(CandidateIndex.on("orders", List.of("status", "created_at")).suggestedName())
        .isEqualTo("idx_orders_status_created_at");
    assertThat(
            CandidateIndex.ofKeys(null, "customers", List.of(IndexKey.function("lower", "email")))
                .suggestedName())
        .isEqualTo("idx_customers_lower_email");
  }

  @Test
  void twoLongCandidatesGetDifferentNamesWithinTheLimit() {
    String table = "t".repeat(40);
    CandidateIndex a = CandidateIndex.on(table, List.of("c".repeat(30) + "_a"));
    CandidateIndex b = CandidateIndex.on(table, List.of("c".repeat(30) + "_b"));
    for (int limit : new int[] {63, 64}) {
      String na = a.suggestedName(limit);
      String nb = b.suggestedName(limit);
      assertThat(na).isNotEqualTo(nb);
      assertThat(na.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(limit);
      assertThat(nb.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(limit);
      assertThat(na).matches("[a-z0-9_]+_[0-9a-f]{8}");
    }
  }

  @Test
  void namesThatFoldTogetherAreToldApart() {
    CandidateIndex upper = CandidateIndex.on("t", List.of("Email"));
    CandidateIndex lower = CandidateIndex.on("t", List.of("email"));
    CandidateIndex umlaut = CandidateIndex.on("t", List.of("ä"));
    CandidateIndex other = CandidateIndex.on("t", List.of("ö"));
    assertThat(upper.suggestedName()).isNotEqualTo(lower.suggestedName());
    assertThat(umlaut.suggestedName()).isNotEqualTo(other.suggestedName());
    String hostile = CandidateIndex.on("t", List.of("x); DROP TABLE victim; --(")).suggestedName();
    assertThat(hostile).matches("[a-z0-9_]+");
  }

  @Test
  void keysAreStructuredAndColumnsAreTheirDisplayText() {
    CandidateIndex index =
        CandidateIndex.ofKeys(
            "s", "t", List.of(IndexKey.column("Id"), IndexKey.function("upper", "Name")));
    assertThat(index.columns()).containsExactly("Id", "upper(Name)");
    CandidateIndex plain = CandidateIndex.on("t", List.of("lower(x)"));
    assertThat(plain.keys()).containsExactly(IndexKey.column("lower(x)"));
  }
}
