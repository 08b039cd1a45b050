/** Flows compiled from config and the step that applies one flow to one asset. */
package io.assetbridge.core.flow;
