package io.assetbridge.emulator.vip.submissions;

import io.assetbridge.emulator.vip.assets.Metadata;
import java.time.Instant;
import java.util.List;

/** An inbound submission (§8). */
public record Submission(
    String id,
    String status,
    Contributor contributor,
    Instant receivedAt,
    Metadata metadata,
    List<SubmissionFile> files,
    Ack ack) {

  public Submission acknowledged(Ack newAck) {
    return new Submission(id, newAck.status(), contributor, receivedAt, metadata, files, newAck);
  }
}
