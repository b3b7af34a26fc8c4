package io.queryscope.junit;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScope;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Severity;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the statements a {@link QueryScope} captured: in a {@link QueryScopeTest}, those of
 * the running test. Failure messages list the offending fingerprints, counts and call sites.
 * Findings accepted with {@link AllowFinding} on the running test do not fail them.
 */
public final class QueryScopeAssert extends AbstractAssert<QueryScopeAssert, QueryScope> {

  QueryScopeAssert(QueryScope actual) {
    super(actual, QueryScopeAssert.class);
  }

  /** No {@code n-plus-one} finding: no query run once per row of a parent result. */
  public QueryScopeAssert hasNoNPlusOne() {
    isNotNull();
    CurrentTest test = CurrentTest.forScope(actual);
    // N+1 needs statements alone; no EXPLAIN.
    Evaluation evaluation = Evaluator.evaluate(actual, false, test.allowances(), test.rules());
    List<Finding> found = evaluation.ofRule("n-plus-one");
    if (!found.isEmpty()) {
      failWithMessage(
          "%s",
          FindingText.failure(
              "Expected no N+1 queries in " + test.name() + ", but found " + found.size() + ":",
              found,
              evaluation));
    }
    return this;
  }

  /** No finding of any rule as bad as {@code severity} or worse (plans included when possible). */
  public QueryScopeAssert hasNoFindingsAtOrAbove(Severity severity) {
    isNotNull();
    CurrentTest test = CurrentTest.forScope(actual);
    Evaluation evaluation =
        Evaluator.evaluate(actual, explainable(test), test.allowances(), test.rules());
    List<Finding> found = evaluation.atOrAbove(severity);
    if (!found.isEmpty()) {
      failWithMessage(
          "%s",
          FindingText.failure(
              "Expected no findings at or above "
                  + severity.id()
                  + " in "
                  + test.name()
                  + ", but found "
                  + found.size()
                  + ":",
              found,
              evaluation));
    }
    return this;
  }

  /** Exactly {@code expected} statements ran (every execution counts; a batch counts once). */
  public QueryScopeAssert hasStatementCount(int expected) {
    isNotNull();
    long ran = actual.statementCount();
    if (ran != expected) {
      failWithMessage(
          "%s",
          StatementList.failure(
              "Expected "
                  + expected
                  + " statement(s) in "
                  + CurrentTest.forScope(actual).name()
                  + ", but "
                  + ran
                  + " ran:",
              actual.events(),
              e -> true));
    }
    return this;
  }

  /** At most {@code max} queries (statements that returned a result set) ran. */
  public QueryScopeAssert hasSelectCountAtMost(int max) {
    isNotNull();
    CapturedEvents events = actual.events();
    Predicate<StatementEvent> isQuery = e -> e.kind() == StatementKind.QUERY;
    long queries = events.statements().stream().filter(isQuery).count();
    if (queries > max) {
      failWithMessage(
          "%s",
          StatementList.failure(
              "Expected at most "
                  + max
                  + " select(s) in "
                  + CurrentTest.forScope(actual).name()
                  + ", but "
                  + queries
                  + " ran:",
              events,
              isQuery));
    }
    return this;
  }

  /**
   * No statement's plan reads a table of more than {@code rows} rows in full (PostgreSQL {@code Seq
   * Scan}, MySQL {@code ALL}). Table sizes are the catalog's estimates. Plans come from EXPLAIN
   * against the DataSource the scope wrapped.
   *
   * @throws QueryScopeException USAGE when no plan could be had at all, naming why
   */
  public QueryScopeAssert hasNoFullScansOnTablesLargerThan(long rows) {
    isNotNull();
    CurrentTest test = CurrentTest.forScope(actual);
    CapturedEvents events = actual.events();
    ScopeEvidence.Explained explained =
        ScopeEvidence.of(actual).explain(actual, events.statements());
    boolean anyExplainable = events.statements().stream().anyMatch(Explainable::test);
    if (anyExplainable && explained.plans().isEmpty()) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "hasNoFullScansOnTablesLargerThan could not check "
              + test.name()
              + ": "
              + String.join("; ", explained.notes()));
    }
    List<FullScans.FullScan> scans = FullScans.larger(explained.plans(), explained.catalog(), rows);
    if (!scans.isEmpty()) {
      failWithMessage(
          "%s",
          StatementList.fullScans(
              "Expected no full scans of tables larger than "
                  + rows
                  + " rows in "
                  + test.name()
                  + ", but found "
                  + scans.size()
                  + ":",
              scans,
              events));
    }
    return this;
  }

  private boolean explainable(CurrentTest test) {
    return test.explain() && !actual.wrappedDataSources().isEmpty();
  }
}
