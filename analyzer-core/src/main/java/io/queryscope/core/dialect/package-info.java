/**
 * The dialect extension point: a {@link io.queryscope.core.dialect.Dialect} maps one server
 * family's plans, statistics and catalog into the neutral model. Dialects are found with
 * ServiceLoader.
 */
package io.queryscope.core.dialect;
