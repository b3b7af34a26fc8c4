package io.queryscope.core.finding;

/** The statement a finding is about. {@code sql} is redacted unless the user asked for literals. */
public record QueryRef(String fingerprint, String sql, long calls, double totalMs) {}
