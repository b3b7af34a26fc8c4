package io.queryscope.core.workload;

import io.queryscope.core.events.CutText;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The per-fingerprint groups of a server log read in one pass, within fixed bounds whatever the
 * log's size: at most {@link #MAX_GROUPS} groups (statements of later fingerprints are counted and
 * named in a note, not grouped), and texts kept whole while a budget lasts, then cut to their start
 * with {@link CutText}'s mark, as the capture keeps them.
 *
 * @param <G> a dialect's group: its counts and its samples
 */
public final class LogGroups<G> {

  /**
   * Fingerprints kept per log. Real workloads have hundreds; a log with more is mostly one-off
   * statements built with literals, and each group holds texts and samples.
   */
  public static final int MAX_GROUPS = 10_000;

  /** Chars of SQL text (samples and normalized texts) kept whole, for all groups together. */
  static final long TEXT_BUDGET = 16L << 20;

  /** What is kept of a text once the budget is spent. */
  static final int CUT_CHARS = 1_024;

  private final Map<Object, G> groups = new LinkedHashMap<>();
  private long textBudget = TEXT_BUDGET;
  private long foldedStatements;
  private double foldedMs;

  /** The group for {@code key}, created when new; null when the log already has enough groups. */
  public G group(Object key, Supplier<G> create) {
    G g = groups.get(key);
    if (g == null && groups.size() < MAX_GROUPS) {
      g = create.get();
      groups.put(key, g);
    }
    return g;
  }

  /** Counts a statement that found no group (see {@link #group}). */
  public void fold(double ms) {
    foldedStatements++;
    foldedMs += ms;
  }

  /** The text whole while the budget lasts, else its start and the mark. */
  public String keep(String text) {
    if (text == null) {
      return null;
    }
    if (text.length() <= textBudget) {
      textBudget -= text.length();
      return text;
    }
    return CutText.cut(text, CUT_CHARS);
  }

  /**
   * {@link #keep} for a text that takes the place of one kept before (a group's slowest statement),
   * giving back what the old one took from the budget.
   */
  public String replace(String old, String text) {
    if (old != null && !CutText.isCut(old)) {
      textBudget += old.length();
    }
    return keep(text);
  }

  public Collection<G> groups() {
    return groups.values();
  }

  /** Adds the note about folded statements, when there were any. */
  public void note(List<String> notes, Object file) {
    if (foldedStatements > 0) {
      notes.add(
          foldedStatements
              + " statements of "
              + file
              + " ("
              + String.format(Locale.ROOT, "%.1f", foldedMs)
              + " ms in all) were counted in no group: queryscope keeps the first "
              + MAX_GROUPS
              + " groups of a log (one per fingerprint and kind of entry), and this log has more");
    }
  }
}
