package io.assetbridge.emulator.photoshelter.admin;

import java.util.List;
import java.util.Random;

/** Words for seeded metadata; includes non-ASCII text on purpose. */
final class SeedVocabulary {

  static final List<String> SUBJECTS =
      List.of(
          "Harbour",
          "Mountain lake",
          "Forest path",
          "City street",
          "Market stall",
          "Old bridge",
          "Beach",
          "Lighthouse",
          "Vineyard",
          "Cathedral",
          "Desert road",
          "Glacier",
          "Train station",
          "Café terrace",
          "Stadium",
          "Factory floor",
          "Rooftop garden",
          "Night skyline");
  static final List<String> MOMENTS =
      List.of(
          "at dawn", "at dusk", "in the rain", "in winter", "at noon", "by night", "in spring fog");
  static final List<String[]> PLACES =
      List.of(
          new String[] {"Kiel", "Germany"}, new String[] {"Lyon", "France"},
          new String[] {"Porto", "Portugal"}, new String[] {"Oslo", "Norway"},
          new String[] {"Kyoto", "Japan"}, new String[] {"Austin", "United States"},
          new String[] {"Cusco", "Peru"}, new String[] {"Cape Town", "South Africa"},
          new String[] {"Zürich", "Switzerland"}, new String[] {"Kraków", "Poland"},
          new String[] {"Québec", "Canada"}, new String[] {"Melbourne", "Australia"});
  static final List<String> AUTHORS =
      List.of("Jane Roe", "John Doe", "Ana Silva", "Kenji Sato", "Léa Martin", "Ola Nordmann");
  static final List<String> CREDITS = List.of("Acme Brands", "Acme Photo Desk", "Acme Studio");
  static final List<String> RIGHTS =
      List.of("Editorial use only", "All rights reserved", "Internal use", "Web and social only");
  static final List<String> EXTRA_KEYWORDS =
      List.of(
          "travel", "brand", "campaign", "people", "architecture", "nature", "colour", "summer");
  static final double[] ASPECTS = {2.0 / 3, 3.0 / 4, 1.0, 4.0 / 5, 9.0 / 16, 3.0 / 2};

  private SeedVocabulary() {}

  static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }
}
