/** The dataset shipped with the extension, validated once when first imported. */
import raw from '../../data/claims.json';
import { describeProblems, parseDataset } from './load';
import type { Dataset } from './schema';

function loadBundled(): Dataset {
  const result = parseDataset(raw);
  if (!result.ok) {
    // The bundled file is checked by the test suite; reaching this is a build mistake.
    throw new Error(`bundled dataset is invalid: ${describeProblems(result.problems)}`);
  }
  return result.dataset;
}

export const bundledDataset: Dataset = loadBundled();
