/**
 * The dialect-neutral plan tree: a PostgreSQL {@code Seq Scan} and a MySQL {@code "access_type":
 * "ALL"} both become a {@link io.queryscope.core.plan.Operation#FULL_SCAN} node. Raw server JSON
 * stays attached.
 */
package io.queryscope.core.plan;
