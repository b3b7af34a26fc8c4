/** The {@code queryscope} command line: picocli commands, renderers and the embedded demo. */
package io.queryscope.cli;
