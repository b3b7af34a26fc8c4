package io.queryscope.cli.connect;

import io.queryscope.core.model.RedactedUrl;

/** Where to connect. {@link #toString()} never shows the password. */
public record ConnectionSpec(String url, String user, String password) {

  @Override
  public String toString() {
    return RedactedUrl.of(url) + (user == null ? "" : " as " + user);
  }
}
