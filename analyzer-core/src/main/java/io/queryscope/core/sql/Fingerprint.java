package io.queryscope.core.sql;

import java.util.List;
import java.util.Objects;

/**
 * A statement's shape: {@code normalized} is the statement with values replaced by {@code ?},
 * comments and spacing dropped and words lower-cased; {@code id} is the FNV-1a 64 hash of its UTF-8
 * bytes, stable across runs, JVMs and versions. {@code problems} is empty when the input was
 * well-formed and otherwise says what was broken (the fingerprint is still usable).
 *
 * @param id stable 64-bit id of {@code normalized}
 * @param normalized the normalized statement text
 * @param problems what was wrong with the input; empty when it was well-formed
 */
public record Fingerprint(long id, String normalized, List<String> problems) {

  public Fingerprint {
    Objects.requireNonNull(normalized, "normalized");
    problems = List.copyOf(problems);
  }

  /** The id as 16 lowercase hex digits, zero-padded. */
  public String hexId() {
    return FingerprintId.hex(id);
  }

  /** True when the input lexed cleanly: no unterminated literal or comment, brackets balanced. */
  public boolean wellFormed() {
    return problems.isEmpty();
  }
}
