/** Settings: schema, storage and the default site list. See `settings.ts` and `sites.ts`. */
export * from './settings';
export * from './sites';
