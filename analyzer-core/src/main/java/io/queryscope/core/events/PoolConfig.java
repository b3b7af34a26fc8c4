package io.queryscope.core.events;

/** The pool's configured limits (HikariCP's figures when the wrapped DataSource is a pool). */
public record PoolConfig(
    String poolName, int maximumPoolSize, int minimumIdle, long connectionTimeoutMs) {}
