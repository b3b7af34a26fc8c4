/**
 * JMH benchmarks that put queryscope beside what a user would pick instead, in the same run. Not
 * shipped.
 */
package io.queryscope.benchmarks;
