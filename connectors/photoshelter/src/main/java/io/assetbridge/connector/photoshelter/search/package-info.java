/**
 * Federated search (photoshelter.md §5): the query's text and the filters the v4 media search can
 * apply go to the server; the rest are applied to the images read back.
 */
package io.assetbridge.connector.photoshelter.search;
