package io.assetbridge.e2e.netx;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.Asset;
import io.assetbridge.spi.Change;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Randomised: edits on both sides, syncs, and crashes (a NetX write that takes effect but whose
 * answer is lost, so the job fails after its effect, then an engine restart) interleave; afterwards
 * both systems hold what a model of the flow's policy says, and further syncs write nothing: no
 * loops.
 */
class TwoWayConvergenceTest {
  private static final List<String> TERMS = List.of("Editorial", "Commercial", "Internal");
  private static final List<String> STATUSES = List.of("APPROVED", "IN_REVIEW", "DRAFT");
  private static NetxWorld world;

  sealed interface Step {}

  record EditPs(String field, String value) implements Step {}

  record EditNetx(String field, String value) implements Step {}

  record Sync() implements Step {}

  record CrashDuringSync() implements Step {}

  @BeforeContainer
  static void start() {
    world = new NetxWorld();
  }

  @AfterContainer
  static void stop() {
    world.close();
  }

  @net.jqwik.api.Tag("slow")
  @Property(tries = 8, shrinking = net.jqwik.api.ShrinkingMode.OFF)
  void bothSystemsConvergeToThePolicyAnswerWithNoWriteLoops(
      @ForAll("policies") String policy, @ForAll("scripts") List<Step> script) throws IOException {
    world.resetPlatforms();
    world.open(
        Files.createTempDirectory("convergence"),
        TwoWaySyncTest.FLOWS.formatted(policy).replace("catalog:", "unused:")
            + "    retry: { attempts: 20, initial: 20ms, max: 100ms }\n",
        InstantSource.system());
    try {
      String[] ids = pairOfEqualAssets();
      Model model = new Model(policy);
      for (Step step : script) {
        apply(step, ids, model);
      }
      sync(ids);
      sync(ids);
      model.sync();
      for (String field : Model.FIELDS) {
        String expected = model.ps.get(field);
        assertThat(model.netx.get(field)).isEqualTo(expected);
        assertThat(value(world.psAsset(ids[0]), field))
            .as(field + " in PhotoShelter")
            .isEqualTo(expected);
        assertThat(value(world.netxAsset(ids[1]), field))
            .as(field + " in NetX")
            .isEqualTo(expected);
      }
      world.clearJournals();
      sync(ids);
      sync(ids);
      assertThat(world.psWrites() + world.netxWrites()).as("writes once converged").isZero();
    } finally {
      world.closeEngine();
    }
  }

  @Provide
  Arbitrary<String> policies() {
    return Arbitraries.of("source-wins", "target-wins");
  }

  @Provide
  Arbitrary<List<Step>> scripts() {
    Arbitrary<String> fields = Arbitraries.of(Model.FIELDS);
    Arbitrary<Step> edits =
        fields.flatMap(
            f -> {
              Arbitrary<String> v = Arbitraries.of(f.equals("status") ? STATUSES : TERMS);
              return Arbitraries.oneOf(
                  v.map(x -> new EditPs(f, x)), v.map(x -> new EditNetx(f, x)));
            });
    Arbitrary<Step> step =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, edits),
            net.jqwik.api.Tuple.of(3, Arbitraries.just(new Sync())),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(new CrashDuringSync())));
    return step.list().ofMinSize(3).ofMaxSize(8);
  }

  private static void apply(Step step, String[] ids, Model model) {
    switch (step) {
      case EditPs e -> {
        if (e.field().equals("status")) {
          world.psAct(List.of(ids[0]), Map.of("action", "set_approval", "value", words(e.value())));
        } else {
          world.psAct(
              List.of(ids[0]), Map.of("action", "edit_iptc", "iptc", Map.of("rights", e.value())));
        }
        model.ps.put(e.field(), e.value());
      }
      case EditNetx e -> {
        String label = e.field().equals("status") ? "Asset Status" : "Usage Rights";
        String value = e.field().equals("status") ? words(e.value()) : e.value();
        world.netxEdit(ids[1], Map.of(label, List.of(value)));
        model.netx.put(e.field(), e.value());
      }
      case Sync s -> {
        sync(ids);
        model.sync();
      }
      case CrashDuringSync c -> {
        // a PhotoShelter edit the sync must write to NetX; that write lands but its answer is lost
        String next = TERMS.get((TERMS.indexOf(model.ps.get("usageTerms")) + 1) % TERMS.size());
        apply(new EditPs("usageTerms", next), ids, model);
        world.netxAdmin.put(
            "/_emulator/faults",
            Map.of(
                "seed",
                1,
                "rules",
                List.of(
                    Map.of(
                        "match",
                        Map.of("path", "/api/rpc", "rpcMethod", "updateAsset"),
                        "fault",
                        "drop",
                        "phase",
                        "after",
                        "times",
                        1))));
        sync(ids);
        model.sync();
        world.netxAdmin.send("DELETE", "/_emulator/faults", null);
        world.restart();
      }
    }
  }

  /** A PhotoShelter image and its NetX twin (Source Ref), equal in every synced field. */
  private static String[] pairOfEqualAssets() {
    String ps = world.seedApproved(1, 5).get(0);
    world.psAct(List.of(ps), Map.of("action", "edit_iptc", "iptc", Map.of("rights", "Editorial")));
    Map<String, Object> asset = new HashMap<>();
    asset.put("folder", "Catalog");
    asset.put("fileName", "twin.jpg");
    asset.put("name", "Twin");
    asset.put(
        "attributes",
        Map.of(
            "Asset Status", List.of("Approved"),
            "Usage Rights", List.of("Editorial"),
            "Source Ref", List.of("ps:" + ps)));
    String netx =
        world
            .netxAdmin
            .post("/_emulator/seed", Map.of("assets", List.of(asset)))
            .path("assets")
            .get(0)
            .path("id")
            .asText();
    sync(new String[] {ps, netx});
    return new String[] {ps, netx};
  }

  /** One pass of the two-way flow after the pair's change was noticed (as a poll would). */
  private static void sync(String[] ids) {
    world
        .engine()
        .store()
        .run(
            tx -> {
              var change =
                  new Change(
                      "ps", ids[0], "noticed-" + UUID.randomUUID(), "asset.updated", Instant.now());
              long event = tx.events().insertIfNew(change).getAsLong();
              tx.jobs().enqueue("rights", event, "ps:" + ids[0], tx.now());
            });
    var progress = world.sync("rights");
    assertThat(progress.dead()).as("dead jobs").isZero();
  }

  private static String value(Asset a, String field) {
    return field.equals("status") ? a.status().name() : a.rights().usageTerms();
  }

  private static String words(String status) {
    String w = status.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(w.charAt(0))
        + (status.equals("IN_REVIEW") ? "n Review" : w.substring(1));
  }

  /** What the flow should do: per field, the value both sides last agreed on decides who moved. */
  static final class Model {
    static final List<String> FIELDS = List.of("usageTerms", "status");
    final Map<String, String> ps =
        new HashMap<>(Map.of("usageTerms", "Editorial", "status", "APPROVED"));
    final Map<String, String> netx = new HashMap<>(ps);
    final Map<String, String> base = new HashMap<>(ps);
    private final String policy;

    Model(String policy) {
      this.policy = policy;
    }

    void sync() {
      for (String f : FIELDS) {
        String p = ps.get(f), n = netx.get(f), b = base.get(f);
        String agreed =
            p.equals(n)
                ? p
                : p.equals(b) ? n : n.equals(b) ? p : policy.equals("source-wins") ? p : n;
        ps.put(f, agreed);
        netx.put(f, agreed);
        base.put(f, agreed);
      }
    }
  }
}
