package io.queryscope.rules.index;

import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.rules.ddl.IndexDdl;
import io.queryscope.rules.ddl.PrintedDdl;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.FindingBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An index whose keys are a prefix of another index's keys on the same table, with the same method,
 * predicate and key prefixes: the wider index answers every lookup the narrow one does. A unique or
 * primary narrow index enforces something the wider one does not, so it is kept.
 */
public final class DuplicateIndexRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "duplicate-index",
          "Redundant index",
          "An index whose columns are a prefix of another index's: it only costs writes and space.",
          Severity.LOW,
          Set.of(Evidence.CATALOG),
          Map.of(),
          List.of(),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    List<Finding> findings = new ArrayList<>();
    List<IndexInfo> all = context.catalog().indexes();
    for (IndexInfo narrow : all) {
      all.stream()
          .filter(wide -> wide != narrow && redundant(narrow, wide))
          .findFirst()
          .ifPresent(wide -> findings.add(finding(context, narrow, wide)));
    }
    return findings;
  }

  static boolean redundant(IndexInfo narrow, IndexInfo wide) {
    if (narrow.primary() || narrow.unique() || !narrow.valid() || !wide.valid()) {
      return false;
    }
    if (!narrow.table().equalsIgnoreCase(wide.table())
        || !Objects.equals(narrow.schema(), wide.schema())
        || !Objects.equals(narrow.method(), wide.method())
        || !Objects.equals(narrow.predicate(), wide.predicate())
        || !wide.startsWith(narrow.columns())
        || !samePrefixLengths(narrow, wide)
        || !wide.includeColumns().containsAll(narrow.includeColumns())) {
      return false;
    }
    // Two plain twins: report only one of the pair, the later name.
    return wide.columns().size() > narrow.columns().size()
        || wide.unique()
        || wide.primary()
        || narrow.name().compareTo(wide.name()) > 0;
  }

  private static boolean samePrefixLengths(IndexInfo narrow, IndexInfo wide) {
    for (int i = 0; i < narrow.columns().size(); i++) {
      if (!Objects.equals(prefix(narrow, i), prefix(wide, i))) {
        return false;
      }
    }
    return true;
  }

  private static Integer prefix(IndexInfo index, int i) {
    return i < index.prefixLengths().size() ? index.prefixLengths().get(i) : null;
  }

  private Finding finding(AnalysisContext context, IndexInfo narrow, IndexInfo wide) {
    DatabaseKind dialect = TargetDialect.of(context);
    String drop = IndexDdl.drop(dialect, narrow);
    return FindingBuilder.of(INFO, context)
        .confidence(0.9)
        .title(
            narrow.name()
                + " ("
                + String.join(", ", narrow.columns())
                + ") is covered by "
                + wide.name()
                + " ("
                + String.join(", ", wide.columns())
                + ") on "
                + narrow.table())
        .evidence("redundantIndex", narrow.name())
        .evidence("coveredBy", wide.name())
        .evidence("table", narrow.table())
        .evidence("redundantColumns", narrow.columns())
        .evidence("coveringColumns", wide.columns())
        .evidence("redundantSizeBytes", narrow.sizeBytes() >= 0 ? narrow.sizeBytes() : null)
        .evidence("redundantScans", narrow.scans() >= 0 ? narrow.scans() : null)
        .recommendation(
            new Recommendation(
                "Drop "
                    + narrow.name()
                    + ": "
                    + wide.name()
                    + " serves the same lookups (its leading columns are the same), so the"
                    + " narrow index only costs writes and space. Lookups on the leading"
                    + " columns alone read a slightly larger index afterwards. "
                    + PrintedDdl.shown(drop)
                    + ".",
                drop,
                null,
                null,
                null))
        .build();
  }
}
