package io.queryscope.core.sql;

import java.util.ArrayList;
import java.util.List;

/** Collects what was wrong with an input; bounded so that garbage input cannot grow it. */
final class Problems {
  private static final int MAX = 8;
  private List<String> messages;
  private boolean controlCharSeen;

  void add(String message) {
    if (messages == null) {
      messages = new ArrayList<>(2);
    }
    if (messages.size() < MAX && !messages.contains(message)) {
      messages.add(message);
    }
  }

  /** Binary garbage would otherwise add one message per byte. */
  void controlCharacter(int offset) {
    if (!controlCharSeen) {
      controlCharSeen = true;
      add("control character at offset " + offset + " (binary data?)");
    }
  }

  boolean isEmpty() {
    return messages == null;
  }

  boolean hasUnterminated() {
    if (messages == null) {
      return false;
    }
    for (String m : messages) {
      if (m.startsWith("unterminated")) {
        return true;
      }
    }
    return false;
  }

  List<String> toList() {
    return messages == null ? List.of() : List.copyOf(messages);
  }
}
