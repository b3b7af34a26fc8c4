package io.queryscope.core.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A list of function names kept as data in a resource file, one name a line, {@code *} matching any
 * run of characters ({@code pg_stat_reset*}), {@code #} starting a comment. Names compare
 * lower-case. A dialect keeps its allow and deny lists this way so they are read in one place.
 */
public final class FunctionList {

  private final List<String> exact = new ArrayList<>();
  private final List<Pattern> globs = new ArrayList<>();

  private FunctionList() {}

  /**
   * Loads {@code resource} next to {@code owner}; a missing list is a build error, so it throws.
   */
  public static FunctionList load(Class<?> owner, String resource) {
    FunctionList list = new FunctionList();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing function list " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String name = (hash < 0 ? line : line.substring(0, hash)).strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
          continue;
        }
        if (name.contains("*")) {
          list.globs.add(Pattern.compile(Pattern.quote(name).replace("*", "\\E.*\\Q")));
        } else {
          list.exact.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return list;
  }

  public boolean contains(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (exact.contains(n)) {
      return true;
    }
    for (Pattern p : globs) {
      if (p.matcher(n).matches()) {
        return true;
      }
    }
    return false;
  }
}
