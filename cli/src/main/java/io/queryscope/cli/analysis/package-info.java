/**
 * An analysis's result as the report document renderers print, its literals redacted unless the
 * user asked for them. The analysis itself is the {@code analysis} module's.
 */
package io.queryscope.cli.analysis;
