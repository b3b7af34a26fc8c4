package io.queryscope.regression;

import io.queryscope.core.QueryScopeException;
import java.util.ArrayList;
import java.util.List;

/** Captures the plans of a set of statements, the way {@code plans record} does. */
public final class BaselineRecorder {

  private final PlanCapture capture;

  public BaselineRecorder(PlanCapture capture) {
    this.capture = capture;
  }

  /**
   * Plans for every statement. A statement the user wrote (a file) that cannot be planned stops the
   * recording with its name in the message; one found in events or server statistics is skipped and
   * named in {@code skipped}, because such sources carry statements no one chose.
   *
   * @param mustPlan true when every statement must be planned
   */
  public List<BaselineStatement> record(
      List<StatementSpec> statements, boolean mustPlan, List<String> skipped) {
    List<BaselineStatement> recorded = new ArrayList<>();
    for (StatementSpec statement : statements) {
      try {
        recorded.add(new BaselineStatement(statement, capture.capture(statement)));
      } catch (QueryScopeException e) {
        if (mustPlan) {
          throw new QueryScopeException(e.code(), statement.id() + ": " + e.getMessage(), e);
        }
        skipped.add(statement.id() + ": " + e.getMessage());
      }
    }
    return recorded;
  }
}
