/**
 * The analysis every command shares: gather workload, plans, catalog and server state from the
 * sources given, run the rule engine, and turn the result into a redacted report document.
 */
package io.queryscope.cli.analysis;
