/**
 * What {@code queryscope plans check} prints, one renderer per format (text, JSON, Markdown, JUnit
 * XML), all reading the same {@link io.queryscope.report.check.CheckOutcome}.
 */
package io.queryscope.report.check;
