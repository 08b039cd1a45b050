/**
 * The PhotoShelter connector. {@link io.assetbridge.connector.photoshelter.PhotoShelterConnector}
 * is the facade; the sub-packages are internal to it and not API: {@code client} (session, calls,
 * error bodies, search paging), {@code read}, {@code changes} (polling), {@code write}, {@code
 * approval} and {@code catalog} (custom fields, galleries). Every PhotoShelter detail marked
 * "(assumed)" in the contract lives in one of them, so a correction stays local.
 */
package io.assetbridge.connector.photoshelter;
