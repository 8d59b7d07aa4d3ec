/**
 * The dataset every context uses: the bundled one, or one the user imported on the options page.
 * An import is stored in `storage.local` (key `importedDataset`) as the parsed JSON plus the time
 * of import, and is validated again with `parseDataset` on every load, so a value corrupted in
 * storage (or written by an older format) can never reach the matcher: it is ignored, with a
 * warning, and the bundled dataset is used instead.
 */
import { storage } from 'wxt/utils/storage';
import { bundledDataset } from '../../dataset/bundled';
import {
  type DatasetProblem,
  describeProblems,
  parseDataset,
  parseDatasetText,
} from '../../dataset/load';
import type { Dataset } from '../../dataset/schema';

/** What is stored for an imported dataset. */
interface StoredImport {
  /** The dataset as parsed from the file (defaults filled in). */
  dataset: unknown;
  /** ISO timestamp of the import. */
  importedAt: string;
}

/** The storage item behind the imported dataset; `null` when the bundled one is in use. */
export const importedDatasetItem = storage.defineItem<StoredImport | null>(
  'local:importedDataset',
  { fallback: null, version: 1 },
);

export interface ActiveDataset {
  dataset: Dataset;
  origin: 'bundled' | 'imported';
  /** ISO timestamp of the import, when `origin` is `imported`. */
  importedAt?: string;
  /**
   * Set when an import is stored but no longer valid, so the bundled dataset is used instead:
   * the problems found, for a message such as "Your imported dataset could not be used".
   */
  rejectedImport?: { importedAt?: string; problems: DatasetProblem[] };
}

export type ImportResult =
  | { ok: true; dataset: Dataset; importedAt: string }
  | { ok: false; problems: DatasetProblem[] };

/** Works out the active dataset from what is stored (pure apart from the warning). */
export function resolveActiveDataset(stored: unknown): ActiveDataset {
  if (stored === null || stored === undefined)
    return { dataset: bundledDataset, origin: 'bundled' };
  const record = typeof stored === 'object' ? (stored as Partial<StoredImport>) : {};
  const importedAt = typeof record.importedAt === 'string' ? record.importedAt : undefined;
  const result =
    'dataset' in record
      ? parseDataset(record.dataset)
      : { ok: false as const, problems: [{ path: '(root)', message: 'no dataset stored' }] };
  if (result.ok) return { dataset: result.dataset, origin: 'imported', importedAt };
  console.warn(
    '[coalition-claims-check] the stored imported dataset is invalid; using the bundled one:',
    describeProblems(result.problems),
  );
  return {
    dataset: bundledDataset,
    origin: 'bundled',
    rejectedImport: { importedAt, problems: result.problems },
  };
}

/**
 * The dataset to use now: the stored import if there is one and it is still valid, otherwise
 * the bundled dataset (with `rejectedImport` set when an import was there but invalid). Never
 * throws: a storage failure also falls back to the bundled dataset.
 */
export async function loadActiveDataset(): Promise<ActiveDataset> {
  let stored: unknown;
  try {
    stored = await importedDatasetItem.getValue();
  } catch (error) {
    console.warn('[coalition-claims-check] could not read the imported dataset:', error);
    return { dataset: bundledDataset, origin: 'bundled' };
  }
  return resolveActiveDataset(stored);
}

/**
 * Validates dataset file text and, only when it is valid, stores it as the active dataset for
 * every context (watchers are notified). An invalid file changes nothing and returns its
 * problems (JSON paths and messages; see `describeProblems`).
 */
export async function importDataset(text: string, now: Date = new Date()): Promise<ImportResult> {
  const result = parseDatasetText(text);
  if (!result.ok) return { ok: false, problems: result.problems };
  const importedAt = now.toISOString();
  try {
    await importedDatasetItem.setValue({ dataset: result.dataset, importedAt });
  } catch (error) {
    // Storage refuses what is over its quota: the previous dataset stays, and the user hears why.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '(root)', message: `the dataset could not be stored: ${reason}` }],
    };
  }
  return { ok: true, dataset: result.dataset, importedAt };
}

/** Forgets the imported dataset: every context goes back to the bundled one. */
export async function revertToBundled(): Promise<void> {
  await importedDatasetItem.removeValue();
}

/**
 * Calls `cb` with the newly active dataset whenever an import is stored or reverted, in any
 * context (not with the current one: call `loadActiveDataset` for that). Returns an unwatch
 * function.
 */
export function watchActiveDataset(cb: (active: ActiveDataset) => void): () => void {
  return importedDatasetItem.watch((value) => cb(resolveActiveDataset(value)));
}
