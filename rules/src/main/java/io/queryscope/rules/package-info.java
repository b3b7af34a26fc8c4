/**
 * One class per rule, each turning neutral evidence into findings, and the prioritizer that ranks
 * them by estimated time saved.
 */
package io.queryscope.rules;
