package io.queryscope.regression;

/** A watched statement with the plan it had when the baseline was recorded. */
public record BaselineStatement(StatementSpec statement, RecordedPlan plan) {

  public String id() {
    return statement.id();
  }
}
