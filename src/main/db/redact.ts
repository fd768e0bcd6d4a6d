const MONGO_URI_PATTERN = /mongodb(?:\+srv)?:\/\/[^\s"'`]+/gi;

/**
 * The part of a MongoDB URI that is safe to show: hosts and database name,
 * without credentials or options. `mongodb://u:p@a:1,b:2/shop?tls=true` -> `a:1,b:2/shop`.
 */
export function describeMongoUri(uri: string): string {
  const match = /^mongodb(?:\+srv)?:\/\/(?:[^@/]*@)?([^/?]*)(?:\/([^?]*))?/i.exec(uri.trim());
  if (!match) return 'an invalid connection string';
  const hosts = match[1] || 'unknown host';
  const database = match[2] ? decodeURIComponent(match[2]) : '';
  return database ? `${hosts}/${database}` : hosts;
}

/** Replaces every MongoDB URI in a text with its safe description. */
export function redactMongoUris(text: string): string {
  return text.replace(MONGO_URI_PATTERN, (uri) => `mongodb://${describeMongoUri(uri)}`);
}

/** The database name in a URI's path, if it names one. */
export function databaseNameFromUri(uri: string): string | undefined {
  const match = /^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]+)/i.exec(uri.trim());
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
