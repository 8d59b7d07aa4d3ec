/** Claim search for the options page: entries, fuzzy search and filters. */
export * from './entries';
export * from './filters';
export * from './search';
