package io.assetbridge.app.admin;

import io.assetbridge.store.Job;

/** A job as the API shows it; times as ISO-8601 text. */
record JobView(
    long id,
    String flow,
    String sourceRef,
    String event,
    String state,
    int attempts,
    String nextAttemptAt,
    String lastError,
    String outcome,
    String updatedAt) {

  static JobView of(Job j) {
    return new JobView(
        j.id(),
        j.flow(),
        j.sourceRef(),
        j.eventKind(),
        j.state().name().toLowerCase(java.util.Locale.ROOT),
        j.attempts(),
        String.valueOf(j.nextAttemptAt()),
        j.lastError(),
        j.outcome(),
        String.valueOf(j.updatedAt()));
  }
}
