package io.assetbridge.emulator.vip.submissions;

/** Who sent a submission (§8). */
public record Contributor(String id, String name, String email) {}
