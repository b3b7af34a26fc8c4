/** JMH benchmarks of the fingerprinter beside JSqlParser's full parse and a regex normalizer. */
package io.queryscope.benchmarks.sql;
