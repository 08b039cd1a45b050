package io.assetbridge.store.internal;

import java.util.Comparator;

/** A (flow, source_ref): the unit of which at most one job runs at a time. */
public record JobGroup(String flow, String sourceRef) implements Comparable<JobGroup> {
  private static final Comparator<JobGroup> ORDER =
      Comparator.comparing(JobGroup::flow).thenComparing(JobGroup::sourceRef);

  @Override
  public int compareTo(JobGroup other) {
    return ORDER.compare(this, other);
  }
}
