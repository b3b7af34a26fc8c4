/**
 * Capture for jOOQ applications that do not use the JDBC proxy: an {@code ExecuteListener} that
 * records into the same {@code QueryScope}. Loaded only when jOOQ is on the class path.
 */
package io.queryscope.core.jooq;
