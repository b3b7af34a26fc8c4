package io.queryscope.core.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server version as data, so dialects compare versions ({@code atLeast(16)}) instead of parsing
 * strings in every place that cares.
 *
 * @param raw what the server reported, e.g. {@code "17.5"} or {@code "10.11.19-MariaDB-0+deb12u1"}
 */
public record ServerVersion(int major, int minor, int patch, String raw)
    implements Comparable<ServerVersion> {

  private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

  public static final ServerVersion UNKNOWN = new ServerVersion(0, 0, 0, "unknown");

  /** Reads the first {@code major[.minor[.patch]]} in the text; {@link #UNKNOWN} when none. */
  public static ServerVersion parse(String text) {
    if (text == null) {
      return UNKNOWN;
    }
    Matcher m = NUMBERS.matcher(text);
    if (!m.find()) {
      return new ServerVersion(0, 0, 0, text);
    }
    return new ServerVersion(number(m.group(1)), number(m.group(2)), number(m.group(3)), text);
  }

  private static int number(String group) {
    return group == null ? 0 : Integer.parseInt(group);
  }

  public boolean atLeast(int major) {
    return this.major >= major;
  }

  public boolean atLeast(int major, int minor) {
    return this.major > major || (this.major == major && this.minor >= minor);
  }

  public boolean atLeast(int major, int minor, int patch) {
    return compareTo(new ServerVersion(major, minor, patch, "")) >= 0;
  }

  @Override
  public int compareTo(ServerVersion other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    return c != 0 ? c : Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + (patch > 0 ? "." + patch : "");
  }
}
