package io.assetbridge.store;

/** A job's life: PENDING → RUNNING (leased) → DONE, back to PENDING to retry, or DEAD. */
public enum JobState {
  PENDING,
  RUNNING,
  DONE,
  DEAD
}
