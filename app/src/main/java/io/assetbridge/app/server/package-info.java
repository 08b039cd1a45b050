/**
 * The engine's HTTP server: one Javalin app, one route table in {@link
 * io.assetbridge.app.server.EngineServer}, one small handler per operation.
 */
package io.assetbridge.app.server;
