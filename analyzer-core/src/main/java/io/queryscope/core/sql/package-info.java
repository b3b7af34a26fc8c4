/**
 * SQL text handling: a lexer-based fingerprinter that runs on every captured statement, and a
 * time-limited, cached JSqlParser analysis that feeds index recommendations and rules.
 */
package io.queryscope.core.sql;
