/**
 * Statement statistics grouped by fingerprint, from the proxy, the server's statistics or its logs.
 */
package io.queryscope.core.workload;
