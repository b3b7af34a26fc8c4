package io.queryscope.core.sql;

import java.util.OptionalLong;

/**
 * {@code LIMIT}/{@code OFFSET}/{@code FETCH FIRST} of the outermost query. Values are present only
 * when written as literals; a bind parameter gives {@code hasLimit} without a value. They come from
 * this statement's own text, never from another statement with the same fingerprint.
 *
 * @param hasLimit a row limit is set ({@code LIMIT ALL} is none)
 * @param limit the limit when it is a literal
 * @param hasOffset an offset is set
 * @param offset the offset when it is a literal
 */
public record Paging(boolean hasLimit, OptionalLong limit, boolean hasOffset, OptionalLong offset) {
  static final Paging NONE = new Paging(false, OptionalLong.empty(), false, OptionalLong.empty());
}
