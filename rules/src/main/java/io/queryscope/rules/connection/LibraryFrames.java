package io.queryscope.rules.connection;

import java.util.List;

/** Stack frames of the JDK, pools, frameworks and queryscope itself, skipped to find app code. */
final class LibraryFrames {

  private static final List<String> PREFIXES =
      List.of(
          "java.",
          "javax.",
          "jdk.",
          "sun.",
          "com.zaxxer.hikari.",
          "io.queryscope.",
          "org.springframework.",
          "org.hibernate.",
          "org.jooq.",
          "org.postgresql.",
          "com.mysql.",
          "org.mariadb.",
          "org.junit.");

  private LibraryFrames() {}

  static boolean isLibrary(String frame) {
    // The first line of a printed stack is the exception ("java.lang.Exception: acquired here").
    return frame.contains("Exception")
        || frame.contains("Throwable")
        || PREFIXES.stream().anyMatch(frame::startsWith);
  }
}
