/** The {@code demo}: emulators with sample data, a bundled config and the engine, on one screen. */
package io.assetbridge.app.demo;
