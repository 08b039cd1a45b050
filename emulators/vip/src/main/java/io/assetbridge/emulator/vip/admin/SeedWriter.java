package io.assetbridge.emulator.vip.admin;

import io.assetbridge.emulator.vip.Account;
import io.assetbridge.emulator.vip.files.StoredFile;
import io.assetbridge.emulator.vip.http.FieldErrors;
import io.assetbridge.emulator.vip.recipients.DistributionList;
import io.assetbridge.emulator.vip.submissions.Contributor;
import io.assetbridge.emulator.vip.submissions.Submission;
import io.assetbridge.emulator.vip.submissions.SubmissionFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes a checked seed into the account; every key is resolved before anything is created. */
final class SeedWriter {
  private final Instant now;

  SeedWriter(Instant now) {
    this.now = now;
  }

  record KeyId(String key, String id) {}

  record NameId(String name, String id) {}

  record SubmissionIds(String id, List<String> fileIds) {}

  record Result(List<KeyId> recipients, List<NameId> lists, List<SubmissionIds> submissions) {}

  Result write(
      Account account,
      List<RecipientSeed> recipients,
      List<ListSeed> lists,
      List<SubmissionSeed> submissions,
      List<List<StoredFile>> files) {
    checkKeys(account, recipients, lists);
    List<KeyId> recipientIds = new ArrayList<>();
    for (RecipientSeed seed : recipients) {
      String id = account.ids().next("rcp");
      account.recipients().add(seed.create(id, now));
      recipientIds.add(new KeyId(seed.key(), id));
    }
    List<NameId> listIds = new ArrayList<>();
    for (ListSeed seed : lists) {
      List<String> members = new ArrayList<>(new LinkedHashSet<>(seed.members()));
      members.replaceAll(member -> account.recipients().idForKey(member).orElse(member));
      String id = account.ids().next("lst");
      account
          .recipients()
          .addList(
              new DistributionList(
                  id, seed.name(), seed.description(), List.copyOf(members), now, now));
      listIds.add(new NameId(seed.name(), id));
    }
    List<SubmissionIds> submissionIds = new ArrayList<>();
    for (int i = 0; i < submissions.size(); i++) {
      submissionIds.add(receive(account, submissions.get(i), files.get(i)));
    }
    return new Result(recipientIds, listIds, submissionIds);
  }

  private SubmissionIds receive(Account account, SubmissionSeed seed, List<StoredFile> stored) {
    Contributor contributor =
        account
            .submissions()
            .contributor(seed.contributorName(), seed.contributorEmail(), account.ids());
    String id = account.ids().next("sub");
    List<SubmissionFile> files =
        stored.stream().map(file -> SubmissionFile.of(account.ids().next("fil"), file)).toList();
    Instant receivedAt = seed.receivedAt() == null ? now : seed.receivedAt();
    Submission submission =
        new Submission(id, "received", contributor, receivedAt, seed.metadata(), files, null);
    account.submissions().receive(submission, account.events(), now);
    return new SubmissionIds(id, files.stream().map(SubmissionFile::id).toList());
  }

  private static void checkKeys(
      Account account, List<RecipientSeed> recipients, List<ListSeed> lists) {
    FieldErrors errors = new FieldErrors();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < recipients.size(); i++) {
      String key = recipients.get(i).key();
      if (key != null && (!keys.add(key) || account.recipients().idForKey(key).isPresent())) {
        errors.add("recipients[" + i + "].key", "key '" + key + "' is already taken");
      }
    }
    for (int i = 0; i < lists.size(); i++) {
      List<String> members = lists.get(i).members();
      for (int j = 0; j < members.size(); j++) {
        String member = members.get(j);
        boolean known =
            keys.contains(member)
                || account.recipients().idForKey(member).isPresent()
                || account.recipients().find(member).isPresent();
        if (!known) {
          errors.add(
              "lists[" + i + "].members[" + j + "]", "no recipient with key '" + member + "'");
        }
      }
    }
    errors.throwIfAny();
  }
}
