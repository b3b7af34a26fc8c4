/**
 * SQL that findings recommend, rendered for the target's server: identifiers quoted only when they
 * must be, CREATE/DROP INDEX in each dialect's spelling.
 */
package io.queryscope.rules.ddl;
