package io.assetbridge.emulator.photoshelter.admin;

import io.assetbridge.emulator.photoshelter.imaging.IptcCodec;
import io.assetbridge.emulator.photoshelter.imaging.PictureRenderer;
import io.assetbridge.emulator.photoshelter.state.CustomField;
import io.assetbridge.emulator.photoshelter.state.FileFacts;
import io.assetbridge.emulator.photoshelter.state.Flags;
import io.assetbridge.emulator.photoshelter.state.IdSource;
import io.assetbridge.emulator.photoshelter.state.Image;
import io.assetbridge.emulator.photoshelter.state.IptcKeys;
import io.assetbridge.emulator.photoshelter.state.Library;
import io.assetbridge.emulator.photoshelter.state.Metadata;
import io.assetbridge.emulator.photoshelter.state.Origin;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Adds generated images whose JPEGs carry their IPTC record. Each image draws from its own {@code
 * Random(seed, index)}, so pictures render in parallel and the same seed gives the same data.
 */
final class Seeder {

  private static final Instant LICENSE_BASE = Instant.parse("2025-06-01T23:59:59Z");
  private final Library library;

  Seeder(Library library) {
    this.library = library;
  }

  List<String> seed(int count, String galleryId, long seed) {
    IdSource ids = new IdSource(seed);
    List<String> imageIds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      imageIds.add(library.newImageId(ids));
    }
    Instant now = library.nowSeconds();
    CustomField approval = library.field("Approval Status").orElse(null);
    List<Image> images =
        IntStream.range(0, count)
            .parallel()
            .mapToObj(
                i ->
                    image(
                        imageIds.get(i),
                        new Random(seed * 1_000_003L + i),
                        galleryId,
                        approval,
                        now))
            .toList();
    images.forEach(image -> library.add(withSeq(image)));
    return imageIds;
  }

  private Image withSeq(Image image) {
    Origin o = image.origin();
    Origin numbered =
        new Origin(library.nextUploadSeq(), o.createdAt(), o.photographerId(), o.collectionId());
    return new Image(
        image.id(),
        image.file(),
        image.flags(),
        image.meta(),
        image.galleryIds(),
        numbered,
        image.modifiedAt());
  }

  private static Image image(
      String id, Random r, String galleryId, CustomField approval, Instant now) {
    int width = 800 + r.nextInt(3201);
    int height =
        (int) Math.round(width * SeedVocabulary.ASPECTS[r.nextInt(SeedVocabulary.ASPECTS.length)]);
    Map<String, String> iptc = SeedMetadata.iptc(r);
    byte[] jpeg = IptcCodec.embed(PictureRenderer.jpeg(width, height, r), iptc);
    Metadata meta = new Metadata(IptcKeys.complete(iptc), Map.of(), null);
    if (r.nextInt(3) == 0 && approval != null) {
      CustomField.Option option = approval.options().get(r.nextInt(approval.options().size()));
      meta =
          meta.withCustom(approval.id(), option.id())
              .withLicenseExpiry(LICENSE_BASE.plus(r.nextInt(730), ChronoUnit.DAYS));
    }
    String name = String.format("IMG_%04d.jpg", r.nextInt(10_000));
    Flags flags = new Flags(r.nextInt(6), r.nextBoolean(), r.nextBoolean(), true);
    return new Image(
        id,
        new FileFacts(name, jpeg.length, width, height, jpeg),
        flags,
        meta,
        Set.of(galleryId),
        new Origin(0, now, null, null),
        now);
  }
}
