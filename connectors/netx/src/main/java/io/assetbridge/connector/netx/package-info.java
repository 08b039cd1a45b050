/** The NetX connector: settings, provider and the facade over the feature packages. */
package io.assetbridge.connector.netx;
