/**
 * Plan-regression checks: a statement's plan shape and figures recorded as a baseline file, then
 * compared with a fresh plan and every change classified (full scan, join method, spill, cost …).
 */
package io.queryscope.regression;
