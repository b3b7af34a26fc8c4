/**
 * {@code queryscope analyze}: ranked recommendations for a live database, captured proxy events or
 * a server log, or any mix of them.
 */
package io.queryscope.cli.analyze;
