package io.assetbridge.emulator.photoshelter.admin;

import static io.assetbridge.emulator.photoshelter.admin.SeedVocabulary.pick;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The IPTC record of one seeded image: title, caption, keyword, author, credit, source, copyright,
 * rights, city, country.
 */
final class SeedMetadata {

  private SeedMetadata() {}

  static Map<String, String> iptc(Random r) {
    String subject = pick(SeedVocabulary.SUBJECTS, r);
    String moment = pick(SeedVocabulary.MOMENTS, r);
    String[] place = pick(SeedVocabulary.PLACES, r);
    Set<String> keywords = new LinkedHashSet<>();
    keywords.add(subject.toLowerCase(java.util.Locale.ROOT));
    keywords.add(place[0].toLowerCase(java.util.Locale.ROOT));
    for (int i = r.nextInt(3); i >= 0; i--) {
      keywords.add(pick(SeedVocabulary.EXTRA_KEYWORDS, r));
    }
    Map<String, String> iptc = new LinkedHashMap<>();
    iptc.put("title", subject + " " + moment);
    iptc.put("caption", subject + " " + moment + " in " + place[0] + ", " + place[1] + ".");
    iptc.put("keyword", String.join(",", keywords));
    iptc.put("author", pick(SeedVocabulary.AUTHORS, r));
    iptc.put("credit", pick(SeedVocabulary.CREDITS, r));
    iptc.put("source", "Acme Photo Desk");
    iptc.put("copyright", "© " + (2018 + r.nextInt(7)) + " Acme");
    iptc.put("rights", pick(SeedVocabulary.RIGHTS, r));
    iptc.put("city", place[0]);
    iptc.put("country", place[1]);
    return iptc;
  }
}
