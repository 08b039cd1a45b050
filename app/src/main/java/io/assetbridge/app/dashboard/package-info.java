/**
 * The dashboard at {@code /}: server-rendered HTML pages over the same engine and store the admin
 * API uses, behind a login with the admin token. No external assets: CSS is inline, so it works
 * without a network.
 */
package io.assetbridge.app.dashboard;
