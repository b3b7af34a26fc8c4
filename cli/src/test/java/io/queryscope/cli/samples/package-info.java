/**
 * End-to-end checks of {@code queryscope analyze} on public sample databases (Chinook, Northwind)
 * read from {@code ../shared/datasets}: nothing on a sound schema, the right things on a flawed
 * one.
 */
package io.queryscope.cli.samples;
