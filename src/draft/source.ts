/**
 * What the drafter records about the article itself: the source entry of the dataset. An
 * article the dataset already cites (same address or same stored file) keeps its source.
 */
import type { Dataset, Source } from '../dataset/schema';

/** The `Key: value` header of a stored article (`/work/shared/sources/`), closed by `---`. */
export function readHeader(raw: string): Record<string, string> {
  const text = raw.replace(/\r\n?/g, '\n');
  const header = /^(?:[A-Z][A-Za-z ]{0,20}:[^\n]*\n)+---[ \t]*\n/.exec(text)?.[0];
  const fields: Record<string, string> = {};
  if (!header) return fields;
  for (const line of header.split('\n')) {
    const found = /^([A-Z][A-Za-z ]{0,20}):\s*(.*)$/.exec(line);
    if (found?.[1] && found[2] !== undefined) fields[found[1].toLowerCase()] = found[2].trim();
  }
  return fields;
}

export interface ArticleInfo {
  /** The address of the article, when known. */
  url: string | null;
  /** The outlet as the header or address names it. */
  outlet: string | null;
  title: string;
  /** The publication date the page gives (`YYYY-MM-DD`), or null. */
  published: string | null;
  /** The stored file's name, for a file argument. */
  seedFile: string | null;
}

export interface DraftSource extends Source {
  /** Whether the dataset already has this source (the drafts then cite it). */
  existing: boolean;
}

function kebab(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^(?:www|amp|stg-www|dev|english|e)\./, '');
    return host.split('.')[0] ?? null;
  } catch {
    return null;
  }
}

function sameUrl(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const norm = (u: string) =>
    u
      .replace(/^https?:\/\/(?:www\.)?/, '')
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '');
  return norm(a) === norm(b);
}

/** The source entry for an article: the dataset's own when it cites it, else a new one. */
export function sourceFor(info: ArticleInfo, dataset: Dataset): DraftSource {
  const known = dataset.sources.find(
    (s) => (info.seedFile && s.seedFile === info.seedFile) || sameUrl(s.url, info.url),
  );
  if (known) return { ...known, existing: true };
  const outlet = info.outlet ?? outletFromUrl(info.url) ?? 'Unknown outlet';
  const published = info.published ?? new Date().toISOString().slice(0, 10);
  let id = `${kebab(outlet.replace(/\(.*\)/, '')) || 'source'}-${published}`;
  const taken = new Set(dataset.sources.map((s) => s.id));
  for (let n = 2; taken.has(id); n++) id = `${id.replace(/-v\d+$/, '')}-v${n}`;
  let url: string | null = null;
  if (info.url && /^https?:\/\//.test(info.url)) url = info.url;
  return {
    id,
    outlet: outlet.replace(/\s*\(.*$/, '').trim() || outlet,
    headline: info.title || 'Untitled',
    url,
    published,
    citing: null,
    seedFile: info.seedFile,
    existing: false,
  };
}
