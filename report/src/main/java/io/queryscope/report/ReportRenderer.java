package io.queryscope.report;

/** Prints an analysis report in one format. */
public interface ReportRenderer extends DocumentRenderer<ReportDocument> {}
