package io.assetbridge.emulator.vip.submissions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.assetbridge.emulator.vip.Account;
import io.assetbridge.emulator.vip.Platform;
import io.assetbridge.emulator.vip.http.ApiCall;
import io.assetbridge.emulator.vip.http.ApiOperation;
import io.assetbridge.emulator.vip.http.ApiResponse;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.http.FieldReader;
import io.assetbridge.emulator.vip.http.Problem;
import io.assetbridge.emulator.vip.http.ProblemType;
import io.assetbridge.emulator.vip.http.TextRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /submissions/{id}/ack}: the same ack again → 200, a different one → 409. */
public final class AckSubmission implements ApiOperation {
  private final Platform platform;

  public AckSubmission(Platform platform) {
    this.platform = platform;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    ObjectNode body = call.json();
    String id = call.pathParam("id");
    return ApiResponse.json(200, platform.locked(account -> acknowledge(account, id, body)));
  }

  private Submission acknowledge(Account account, String id, ObjectNode body) {
    Submission submission = account.submissions().require(id);
    Ack ack = read(body, submission);
    if (submission.ack() != null) {
      if (submission.ack().sameAs(ack)) {
        return submission;
      }
      throw new Problem(
          ProblemType.ALREADY_ACKNOWLEDGED,
          id + " was already acknowledged as " + submission.ack().status());
    }
    Submission acknowledged = submission.acknowledged(ack);
    account.submissions().save(acknowledged);
    return acknowledged;
  }

  private Ack read(ObjectNode body, Submission submission) {
    FieldErrors errors = new FieldErrors();
    FieldReader r = new FieldReader(body, "", errors);
    r.allowOnly(List.of("status", "externalRef", "fileRefs", "reason"));
    String status = r.text("status", 20, true);
    if (status != null && !status.equals("ingested") && !status.equals("rejected")) {
      r.fail("status", "must be ingested or rejected");
    }
    String reason = r.text("reason", 5000);
    if ("rejected".equals(status) && (reason == null || reason.isBlank())) {
      r.fail("reason", "required when status is rejected");
    }
    String externalRef = r.text("externalRef", 200);
    Map<String, String> fileRefs = fileRefs(r, submission);
    errors.throwIfAny();
    return new Ack(status, externalRef, fileRefs, reason, platform.now());
  }

  private static Map<String, String> fileRefs(FieldReader r, Submission submission) {
    JsonNode value = r.raw("fileRefs");
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      r.fail("fileRefs", "must map file ids to refs");
      return null;
    }
    Map<String, String> refs = new LinkedHashMap<>();
    value
        .properties()
        .forEach(
            member -> {
              String path = "fileRefs." + member.getKey();
              boolean known =
                  submission.files().stream().anyMatch(f -> f.id().equals(member.getKey()));
              String violation =
                  member.getValue().isTextual()
                      ? TextRules.violation(member.getValue().textValue(), 200)
                      : "must be a string";
              if (!known) {
                r.errors().add(path, "no file " + member.getKey() + " in " + submission.id());
              } else if (violation != null) {
                r.errors().add(path, violation);
              } else {
                refs.put(member.getKey(), member.getValue().textValue());
              }
            });
    return refs;
  }
}
