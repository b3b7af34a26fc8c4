/**
 * Report renderers, one class per {@code --format}: text, JSON, Markdown, HTML, SARIF and JUnit
 * XML, all reading the same {@link io.queryscope.report.ReportDocument} and all of the one shape
 * {@link io.queryscope.report.DocumentRenderer}; the one HTML escaper and Markdown table writer.
 */
package io.queryscope.report;
