/**
 * Reaching a target database: the {@code --url}/{@code --user}/password options, opening the
 * connection, and turning every driver failure into one line that says what to check.
 */
package io.queryscope.cli.connect;
