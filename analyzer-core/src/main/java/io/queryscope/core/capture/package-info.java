/**
 * Internals of the JDBC capture: delegating wrappers that time and record every call, the lock-free
 * recorder with its bounded rings and per-fingerprint totals, pool sampling and the events file.
 */
package io.queryscope.core.capture;
