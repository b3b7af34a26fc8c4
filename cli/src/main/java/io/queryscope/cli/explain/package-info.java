/**
 * {@code queryscope explain}: one statement's plan as an annotated tree, with its findings and
 * what-if results; from a live database or from a saved JSON plan with no database at all.
 */
package io.queryscope.cli.explain;
