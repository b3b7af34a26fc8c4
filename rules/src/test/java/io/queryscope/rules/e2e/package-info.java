/**
 * End-to-end tests: the planted shop workload on real servers, evidence gathered through the
 * dialect sessions, and the engine's report checked against what fixtures/README.md plants.
 */
package io.queryscope.rules.e2e;
