/**
 * JUnit 5 extension and AssertJ-style assertions that fail a test on N+1 and other findings, naming
 * the call site.
 */
package io.queryscope.junit;
