package io.queryscope.core;

import io.queryscope.core.events.StatementEvent;

/**
 * Called once per captured statement when it is complete: after execution for updates and batches,
 * when the result set is closed for queries. Runs on the application's thread, so keep it short. A
 * listener that throws is caught, counted and logged once: the application's call completes as if
 * the listener were absent.
 */
@FunctionalInterface
public interface StatementListener {

  void onStatement(StatementEvent event);
}
