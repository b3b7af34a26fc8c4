package io.queryscope.cli;

/**
 * A command the user gave SQL to ({@code explain}): an error about it may quote the statement or
 * its values, which are shown only with {@code --show-literals}, as in reports.
 */
public interface GivenStatement {

  /** {@code text} as the user may see it: the statement's literals hidden unless asked for. */
  String shown(String text);
}
