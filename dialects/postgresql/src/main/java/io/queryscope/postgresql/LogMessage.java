package io.queryscope.postgresql;

/**
 * One server log message, whatever the log's format.
 *
 * @param line the line of the file where the message starts, 1-based
 * @param lines how many lines of the file it spans
 * @param text the message itself, without prefix, severity or CSV/JSON wrapping; only its start
 *     when {@code cut}
 * @param cut the message was longer than the reader keeps of one message, and cannot be read
 */
record LogMessage(long line, long lines, String text, boolean cut) {}
