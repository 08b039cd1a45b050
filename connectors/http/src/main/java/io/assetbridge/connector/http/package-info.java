/**
 * The one HTTP layer every connector shares: per-connection rate limit and concurrency, timeouts,
 * retry classification (retryable: connect errors, 429, 502-504; permanent: other 4xx) and
 * streaming multipart bodies. Connectors classify; the engine retries.
 */
package io.assetbridge.connector.http;
