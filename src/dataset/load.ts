/**
 * Reading a dataset from untrusted JSON: the shape is checked by the zod schema, then the
 * cross-references and dates that a schema cannot express. Nothing here throws on bad input.
 */
import '../model/schema-messages';
import { type Dataset, datasetSchema } from './schema';

export interface DatasetProblem {
  /** JSON path of the offending value, e.g. `claims[3].speakerId`. */
  path: string;
  message: string;
}

export type DatasetResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: DatasetProblem[] };

/** How many problems a report lists before it stops: the first ones are the useful ones. */
const MAX_PROBLEMS = 20;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Parses and cross-checks a dataset; `problems` is non-empty exactly when `ok` is false. */
export function parseDataset(input: unknown): DatasetResult {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, MAX_PROBLEMS)
        .map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const problems = crossCheck(parsed.data);
  return problems.length > 0
    ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
    : { ok: true, dataset: parsed.data };
}

/** Files larger than this are refused unread: ten thousand claims take about 6 MB. */
export const MAX_DATASET_CHARS = 20 * 1024 * 1024;

/** Parses dataset text (a file's contents); a JSON syntax error is one problem at the root. */
export function parseDatasetText(text: string): DatasetResult {
  if (text.length > MAX_DATASET_CHARS) {
    const mb = (text.length / 1048576).toFixed(1);
    return {
      ok: false,
      problems: [
        { path: '(root)', message: `the file is ${mb} MB; the largest dataset accepted is 20 MB` },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON: ${detail}` }] };
  }
  return parseDataset(json);
}

/** A one-line description of the first problems, for an error message. */
export function describeProblems(problems: readonly DatasetProblem[], limit = 3): string {
  const shown = problems.slice(0, limit).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > limit ? ` (and ${problems.length - limit} more)` : '';
  return shown.join('; ') + more;
}

function duplicates<T extends { id: string }>(
  items: readonly T[],
  name: string,
  problems: DatasetProblem[],
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      problems.push({ path: `${name}[${index}].id`, message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

function crossCheck(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  duplicates(dataset.speakers, 'speakers', problems);
  duplicates(dataset.sources, 'sources', problems);
  duplicates(dataset.claims, 'claims', problems);
  duplicates(dataset.contradictions, 'contradictions', problems);

  const speakerIds = new Set(dataset.speakers.map((s) => s.id));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const claimIds = new Set(dataset.claims.map((c) => c.id));

  dataset.speakers.forEach((speaker, i) => {
    speaker.relatedSpeakerIds.forEach((related, j) => {
      if (!speakerIds.has(related)) {
        problems.push({
          path: `speakers[${i}].relatedSpeakerIds[${j}]`,
          message: `no speaker "${related}"`,
        });
      }
    });
  });

  dataset.claims.forEach((claim, i) => {
    const at = `claims[${i}]`;
    if (!speakerIds.has(claim.speakerId)) {
      problems.push({ path: `${at}.speakerId`, message: `no speaker "${claim.speakerId}"` });
    }
    const source = sources.get(claim.sourceId);
    if (!source) {
      problems.push({ path: `${at}.sourceId`, message: `no source "${claim.sourceId}"` });
    } else if (claim.date > source.published && !source.published.startsWith(claim.date)) {
      problems.push({
        path: `${at}.date`,
        message: `said on ${claim.date}, after its source was published (${source.published})`,
      });
    } else if (claim.dateBasis === 'reported' && claim.date !== source.published) {
      problems.push({
        path: `${at}.date`,
        message: `a reported date must be the source's publication date (${source.published})`,
      });
    }
    claim.alsoIn.forEach((appearance, j) => {
      if (!sources.has(appearance.sourceId)) {
        problems.push({
          path: `${at}.alsoIn[${j}].sourceId`,
          message: `no source "${appearance.sourceId}"`,
        });
      } else if (appearance.sourceId === claim.sourceId) {
        problems.push({
          path: `${at}.alsoIn[${j}].sourceId`,
          message: `"${appearance.sourceId}" is already the claim's own source`,
        });
      }
    });
    // A source can only report what had happened by the day it was published.
    claim.events.forEach((event, j) => {
      if (source && event.date > source.published && !source.published.startsWith(event.date)) {
        problems.push({
          path: `${at}.events[${j}].date`,
          message: `happened on ${event.date}, after its source was published (${source.published})`,
        });
      }
    });
  });

  dataset.contradictions.forEach((contradiction, i) => {
    const unique = new Set(contradiction.claimIds);
    if (unique.size !== contradiction.claimIds.length) {
      problems.push({ path: `contradictions[${i}].claimIds`, message: 'a claim is listed twice' });
    }
    contradiction.claimIds.forEach((claimId, j) => {
      if (!claimIds.has(claimId)) {
        problems.push({
          path: `contradictions[${i}].claimIds[${j}]`,
          message: `no claim "${claimId}"`,
        });
      }
    });
  });
  return problems;
}
