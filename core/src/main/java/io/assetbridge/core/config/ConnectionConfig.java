package io.assetbridge.core.config;

import java.util.Map;

/**
 * One connection: its platform type and raw settings, checked later against the connector's own.
 */
public record ConnectionConfig(
    String name, String type, Map<String, ConfigNode> settings, ConfigNode node) {}
