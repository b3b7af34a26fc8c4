package io.queryscope.core.model;

/**
 * The database an analysis looked at.
 *
 * @param url the JDBC URL with any password removed (see {@link RedactedUrl}); null for offline
 *     input
 */
public record Target(DatabaseKind dialect, ServerVersion serverVersion, String url) {

  public Target {
    url = url == null ? null : RedactedUrl.of(url);
  }
}
