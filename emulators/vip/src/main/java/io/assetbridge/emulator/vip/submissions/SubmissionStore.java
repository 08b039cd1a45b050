package io.assetbridge.emulator.vip.submissions;

import io.assetbridge.emulator.vip.Ids;
import io.assetbridge.emulator.vip.events.EventFeed;
import io.assetbridge.emulator.vip.http.Problem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Submissions and their contributors (one per name and e-mail). */
public final class SubmissionStore {
  private final Map<String, Submission> submissions = new HashMap<>();
  private final Map<String, Contributor> contributors = new HashMap<>();

  /** {@code data} of {@code submission.received}. */
  record Received(
      String submissionId, ContributorRef contributor, int fileCount, Instant receivedAt) {}

  record ContributorRef(String id, String name) {}

  public Contributor contributor(String name, String email, Ids ids) {
    return contributors.computeIfAbsent(
        name + "\n" + email, key -> new Contributor(ids.next("ctb"), name, email));
  }

  /** Stores a submission as it arrives and emits {@code submission.received}. */
  public void receive(Submission submission, EventFeed feed, Instant now) {
    submissions.put(submission.id(), submission);
    Contributor c = submission.contributor();
    feed.emit(
        "submission.received",
        now,
        new Received(
            submission.id(),
            new ContributorRef(c.id(), c.name()),
            submission.files().size(),
            submission.receivedAt()));
  }

  public void save(Submission submission) {
    submissions.put(submission.id(), submission);
  }

  public Submission require(String id) {
    return Optional.ofNullable(submissions.get(id))
        .orElseThrow(() -> Problem.notFound("submission " + id));
  }

  public List<Submission> all() {
    return List.copyOf(submissions.values());
  }

  public List<Path> files() {
    List<Path> files = new ArrayList<>();
    submissions.values().forEach(s -> s.files().forEach(f -> files.add(f.stored().path())));
    return files;
  }
}
