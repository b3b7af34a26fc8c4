/**
 * Report renderers, one class per {@code --format}: text, JSON, Markdown, HTML, SARIF and JUnit
 * XML, all reading the same {@link io.queryscope.cli.report.ReportDocument}.
 */
package io.queryscope.cli.report;
