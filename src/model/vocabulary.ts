/**
 * Words of the shared vocabulary that every layer, and the content script, may need at run time
 * without loading the dataset schema.
 */

/** How two statements conflict. */
export const contradictionKinds = [
  'denial',
  'wording',
  'deadline',
  'fact',
  'agreement-status',
  'who-asked',
  /** A quote credited to someone other than who said it. */
  'attribution',
  /** A stated deadline against what happened later. */
  'outcome',
] as const;
export type ContradictionKind = (typeof contradictionKinds)[number];
