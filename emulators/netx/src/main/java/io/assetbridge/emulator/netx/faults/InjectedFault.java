package io.assetbridge.emulator.netx.faults;

/** Thrown by the fault stage to answer (or drop) a request instead of serving it. */
public final class InjectedFault extends RuntimeException {

  private final FaultRule rule;

  InjectedFault(FaultRule rule) {
    super(rule.fault(), null, false, false);
    this.rule = rule;
  }

  public FaultRule rule() {
    return rule;
  }
}
