package io.queryscope.postgresql;

/**
 * One server log message, whatever the log's format.
 *
 * @param line the line of the file where the message starts, 1-based
 * @param lines how many lines of the file it spans
 * @param text the message itself, without prefix, severity or CSV/JSON wrapping
 */
record LogMessage(long line, long lines, String text) {}
