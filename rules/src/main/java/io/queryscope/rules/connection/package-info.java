/**
 * Rules about connections and transactions: a pool that runs dry and why, connections held without
 * work or never returned, transactions left open while others wait.
 */
package io.queryscope.rules.connection;
