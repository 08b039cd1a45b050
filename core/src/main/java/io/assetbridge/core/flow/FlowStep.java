package io.assetbridge.core.flow;

import io.assetbridge.store.Job;

/**
 * Applies one flow to one object; external effects idempotent, the report committed by the engine.
 */
public interface FlowStep {
  StepReport run(FlowPlan plan, Job job);
}
