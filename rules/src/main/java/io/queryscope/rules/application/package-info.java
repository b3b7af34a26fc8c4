/**
 * Rules about how the application talks to the database, read from captured statements: N+1 loads,
 * repeated queries, writes that should be batched.
 */
package io.queryscope.rules.application;
