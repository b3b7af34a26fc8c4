/**
 * The one analysis pipeline: gather evidence from the sources given, choose what to explain, plan
 * it, run the rule engine (which verifies, ranks and merges fixes), and report with notes. The CLI
 * commands, the JUnit extension and {@code QueryScope.report()} all run it.
 */
package io.queryscope.analysis;
