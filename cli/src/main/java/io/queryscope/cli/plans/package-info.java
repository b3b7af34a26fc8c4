/**
 * The {@code queryscope plans} command: {@code record} writes a plan baseline for a set of
 * statements, {@code check} compares today's plans with it and fails the build on a regression.
 */
package io.queryscope.cli.plans;
