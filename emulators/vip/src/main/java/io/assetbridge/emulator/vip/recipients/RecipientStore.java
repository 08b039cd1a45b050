package io.assetbridge.emulator.vip.recipients;

import io.assetbridge.emulator.vip.Ids;
import io.assetbridge.emulator.vip.http.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recipients (with their seed keys) and distribution lists. */
public final class RecipientStore {
  private final Map<String, Recipient> recipients = new HashMap<>();
  private final Map<String, String> idsByKey = new HashMap<>();
  private final Map<String, DistributionList> lists = new HashMap<>();

  public void add(Recipient recipient) {
    recipients.put(recipient.id(), recipient);
    if (recipient.key() != null) {
      idsByKey.put(recipient.key(), recipient.id());
    }
  }

  public Optional<Recipient> find(String id) {
    return Optional.ofNullable(recipients.get(id));
  }

  public Optional<String> idForKey(String key) {
    return Optional.ofNullable(idsByKey.get(key));
  }

  public List<Recipient> all() {
    return List.copyOf(recipients.values());
  }

  public void addList(DistributionList list) {
    lists.put(list.id(), list);
  }

  public Optional<DistributionList> findList(String id) {
    return Optional.ofNullable(lists.get(id));
  }

  public DistributionList requireList(String id) {
    return findList(id).orElseThrow(() -> Problem.notFound("list " + id));
  }

  public List<DistributionList> allLists() {
    return List.copyOf(lists.values());
  }

  /** A list's members, ordered by id. */
  public List<Recipient> members(DistributionList list) {
    List<Recipient> members = new ArrayList<>();
    list.memberIds().forEach(id -> find(id).ifPresent(members::add));
    members.sort(Comparator.comparingLong(recipient -> Ids.number(recipient.id())));
    return members;
  }
}
