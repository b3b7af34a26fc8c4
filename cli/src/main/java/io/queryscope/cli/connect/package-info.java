/**
 * Reaching a target database: the {@code --url}/{@code --user}/password and timeout options,
 * opening the connection under connect, login and socket limits, watching for a server that stops
 * answering, and turning every driver failure into one line that says what to check.
 */
package io.queryscope.cli.connect;
