package io.queryscope.core.model;

import io.queryscope.core.Secrets;

/** A JDBC URL without its passwords, in every form {@link Secrets} knows. */
public final class RedactedUrl {

  private RedactedUrl() {}

  public static String of(String url) {
    return Secrets.redactForms(url);
  }
}
