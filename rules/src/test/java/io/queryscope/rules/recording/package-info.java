/**
 * Regenerates the recorded plans the rule fixtures read, from the shop schema on real servers. Runs
 * only with {@code -Dfixtures.update=true}; the recordings are committed.
 */
package io.queryscope.rules.recording;
