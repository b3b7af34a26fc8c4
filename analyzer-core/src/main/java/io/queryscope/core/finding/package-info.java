/** Findings, their evidence and fixes, and the ranked report the CLI and renderers print. */
package io.queryscope.core.finding;
