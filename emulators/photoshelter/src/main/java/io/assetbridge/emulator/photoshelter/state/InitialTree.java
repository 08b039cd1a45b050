package io.assetbridge.emulator.photoshelter.state;

import io.assetbridge.emulator.photoshelter.state.Container.Kind;
import java.time.Instant;
import java.util.List;

/** The tree and custom field every reset starts with; ids are fixed so logs stay readable. */
final class InitialTree {

  static final String LIBRARY_ID = "C0000brandLib.01";

  private InitialTree() {}

  static List<Container> containers(Instant at) {
    return List.of(
        new Container(
            Kind.COLLECTION, LIBRARY_ID, "Brand Library", "root", false, "private", 1, at),
        gallery("G0000inbox_00001", "Inbox", 1, at),
        gallery("G0000approved.01", "Approved", 2, at),
        gallery("G0000archive_001", "Archive", 3, at));
  }

  private static Container gallery(String id, String name, int order, Instant at) {
    return new Container(Kind.GALLERY, id, name, LIBRARY_ID, false, "private", order, at);
  }

  static CustomField approvalField() {
    return new CustomField(
        "cmf_approval",
        "Approval Status",
        List.of(
            new CustomField.Option("cmo_draft", "Draft"),
            new CustomField.Option("cmo_in_review", "In Review"),
            new CustomField.Option("cmo_approved", "Approved"),
            new CustomField.Option("cmo_archived", "Archived"),
            new CustomField.Option("cmo_expired", "Expired")));
  }
}
