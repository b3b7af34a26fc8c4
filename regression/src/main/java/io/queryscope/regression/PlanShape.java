package io.queryscope.regression;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A plan's shape: the tree of operations, relations, indexes and join types with every number left
 * out, so two plans with the same shape hash chose the same way to run the statement.
 */
public final class PlanShape {

  private PlanShape() {}

  /**
   * The canonical text of a tree: {@code HASH_JOIN[join=Inner](FULL_SCAN[rel=orders],…)}. Schema
   * and aliases are left out, so the same migration on two servers gives the same shape.
   */
  public static String canonical(RecordedNode node) {
    StringBuilder out = new StringBuilder();
    append(node, out);
    return out.toString();
  }

  /** The first 64 bits of the SHA-256 of {@link #canonical}, as 16 hex digits. */
  public static String hash(RecordedNode root) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical(root).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void append(RecordedNode node, StringBuilder out) {
    out.append(node.operation().name()).append('[');
    field(out, "rel", node.relation());
    field(out, "idx", node.index());
    field(out, "join", node.joinType());
    out.append(']');
    if (!node.children().isEmpty()) {
      out.append('(');
      for (int i = 0; i < node.children().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        append(node.children().get(i), out);
      }
      out.append(')');
    }
  }

  private static void field(StringBuilder out, String key, String value) {
    if (value == null) {
      return;
    }
    if (out.charAt(out.length() - 1) != '[') {
      out.append(';');
    }
    // Escapes the separators so a name like "a;b" cannot collide with two fields.
    out.append(key)
        .append('=')
        .append(value.replace("\\", "\\\\").replace(";", "\\;").replace("]", "\\]"));
  }
}
