/**
 * Admin API handlers ({@code /api/...}), one small class per operation. The route table and
 * bearer-token auth live in {@code EngineServer}, which registers them.
 */
package io.assetbridge.app.admin;
