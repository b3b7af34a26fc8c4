package io.queryscope.core.dialect;

import io.queryscope.core.plan.Plan;

/**
 * A statement's plan without and with a candidate index.
 *
 * @param after null when the index could not be tried ({@code note} says why)
 * @param indexUsed true when the after-plan uses the candidate
 * @param method {@code hypopg}, {@code transactional} or {@code estimate}
 */
public record WhatIfResult(Plan before, Plan after, boolean indexUsed, String method, String note) {

  public double costBefore() {
    return before.totalCost();
  }

  public double costAfter() {
    return after == null ? Double.NaN : after.totalCost();
  }
}
