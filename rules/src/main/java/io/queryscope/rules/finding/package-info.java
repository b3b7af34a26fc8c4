/**
 * Building blocks every rule uses to state a finding: the builder with the rule's settings applied,
 * the query a finding points at, and the time window impact is measured in.
 */
package io.queryscope.rules.finding;
