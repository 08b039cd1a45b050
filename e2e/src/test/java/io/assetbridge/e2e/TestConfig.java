package io.assetbridge.e2e;

import io.assetbridge.core.config.ConfigLoader;
import io.assetbridge.core.config.EngineConfig;
import io.assetbridge.core.config.EnvSubstitution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The e2e config: the demo's flow against these emulators, with test-friendly timings. */
final class TestConfig {
  static final String FLOW = "approved-to-vip";

  private TestConfig() {}

  static String yaml(Platforms p, Path dir, String lease, String backoff) {
    return """
        store: jdbc:h2:file:%s
        server: { port: 0 }
        engine: { workers: 4, pollInterval: 1s, lease: %s }
        connections:
          ps:
            type: photoshelter
            baseUrl: %s
            apiKey: emu-api-key
            email: editor@example.com
            password: emu-password
            orgId: O0000c1x4UMGPvkY
            limits: { perSecond: 200, concurrent: 8 }
          vip:
            type: vip
            baseUrl: %s
            token: emulator-token
            limits: { perSecond: 200, concurrent: 8 }
        flows:
          approved-to-vip:
            from: { connection: ps, on: [asset.approved, asset.updated] }
            when: asset.status == "APPROVED"
            gate: { rights: required }
            to: { connection: vip, action: distribute }
            retry: { attempts: 12, initial: %s, max: 3s }
            routes:
              - when: '"region" in asset.tags && "EMEA" in asset.tags["region"]'
                with: { list: EMEA press, channel: press-portal }
              - when: '"region" in asset.tags && "APAC" in asset.tags["region"]'
                with: { list: APAC press, channel: press-portal }
              - when: '"region" in asset.tags && "AMER" in asset.tags["region"]'
                with: { list: AMER press, channel: press-portal }
              - with: { list: Global press, channel: press-portal }
            map:
              title: asset.title
              caption: asset.caption
              keywords: asset.keywords
              credit: asset.credit
              byline: asset.byline
              copyright: asset.copyright
              usageTerms: asset.rights.usageTerms
              embargoUntil: asset.rights.embargoUntil
              expiresAt: asset.rights.expiresAt
              territories: asset.rights.territories
        """
        .formatted(
            dir.resolve("store").toAbsolutePath(), lease, p.ps.baseUrl(), p.vip.baseUrl(), backoff);
  }

  static Path write(Platforms p, Path dir, String lease, String backoff) {
    try {
      return Files.writeString(dir.resolve("assetbridge.yaml"), yaml(p, dir, lease, backoff));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EngineConfig load(Path file) {
    return new ConfigLoader(new EnvSubstitution(Map.of())).read(file);
  }
}
