package io.queryscope.core.finding;

/**
 * What fixing a finding is expected to save.
 *
 * @param estimatedMsSaved milliseconds saved per hour of the evidence it came from (server
 *     statistics since their start, a capture over its own span) when there are server statistics;
 *     per run for a captured workload alone
 * @param share that saving as a share (0..1) of all time observed; filled by the prioritizer
 */
public record Impact(double estimatedMsSaved, double share) {

  public static Impact ofMs(double ms) {
    return new Impact(ms, 0);
  }
}
