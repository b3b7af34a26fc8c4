package io.queryscope.core.finding;

/**
 * A fix checked against the server: the plan's cost before and after (a hypothetical or rolled-back
 * index).
 *
 * @param method how it was checked: {@code hypopg}, {@code transactional}, {@code ignore-index}
 */
public record Verification(double costBefore, double costAfter, String method) {

  public double improvement() {
    return costBefore <= 0 ? 0 : 1 - costAfter / costBefore;
  }
}
