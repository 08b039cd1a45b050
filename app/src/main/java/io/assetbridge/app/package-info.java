/** The command line: one picocli subcommand per class, exit codes mapped in {@link Main}. */
package io.assetbridge.app;
