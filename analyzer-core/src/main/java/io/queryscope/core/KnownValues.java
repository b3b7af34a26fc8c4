package io.queryscope.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values to replace wherever they occur in a text (a password, a statement's literals). Values of
 * four characters or more are replaced everywhere; shorter ones only where they stand as a whole
 * word, so a one-letter value does not blank every "a" of a message.
 */
public final class KnownValues {

  private static final int SHORT = 4;

  private final List<String> values;
  private final List<Pattern> shortValues;
  private final String mask;

  private KnownValues(Collection<String> values, String mask) {
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isEmpty() && !v.equals(mask)) {
        unique.add(v);
      }
    }
    List<String> sorted = new ArrayList<>(unique);
    // Longest first, so a value that contains another known value is replaced whole.
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.values = List.copyOf(sorted);
    this.shortValues =
        sorted.stream()
            .filter(s -> s.length() < SHORT)
            .map(
                s ->
                    Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(s) + "(?![\\p{L}\\p{N}])"))
            .toList();
    this.mask = mask;
  }

  public static KnownValues of(Collection<String> values, String mask) {
    return new KnownValues(values, mask);
  }

  public List<String> values() {
    return values;
  }

  /** {@code text} with every value replaced by the mask. */
  public String replaceIn(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String v : values) {
      if (v.length() >= SHORT) {
        out = out.replace(v, mask);
      }
    }
    for (Pattern p : shortValues) {
      out = p.matcher(out).replaceAll(Matcher.quoteReplacement(mask));
    }
    return out;
  }
}
