/**
 * Presentation shared by every output: how numbers, durations and shares are written, and ANSI
 * colour that switches itself off when it must.
 */
package io.queryscope.report.text;
