package io.assetbridge.emulator.photoshelter.auth;

/** What a route needs from its caller. */
public enum Access {
  /** The API key only (login, logout). */
  KEY,
  /** A live session, inside an org or not yet (org authenticate, session facts). */
  SESSION,
  /** A live session inside the org (every data call). */
  ORG
}
