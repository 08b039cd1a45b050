/**
 * The admin API under {@code /api}: one route table ({@link io.assetbridge.app.admin.AdminApi}),
 * one small handler per operation, a bearer-token check in front of all of them, and an OpenAPI
 * document built from the same table.
 */
package io.assetbridge.app.admin;
