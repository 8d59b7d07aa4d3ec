/**
 * Loading an article in Node for the command line, the evaluation and the drafts: a file or an
 * address, HTML or plain text, into the same text index the content script builds from a live
 * page.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { extractText } from '../text/dom-text';
import { readPublished, readSite } from '../text/page-meta';
import { type PageSigner, pageSigner } from '../text/page-signer';

/** Larger pages are refused rather than read: 50 MB of HTML is not an article. */
export const MAX_BYTES = 50 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 15_000;

export interface LoadedPage {
  text: string;
  published: string | null;
  title: string;
  /** The publication the page names itself by, when it does (see `readSite`). */
  site: string | null;
  /** Who signs the page in its own voice, when not the publication (`pageSigner`). */
  signer: PageSigner | null;
}

/** A problem with the input, reported to the user as one line. */
export class PageError extends Error {}

function looksBinary(buffer: Uint8Array): boolean {
  const sample = buffer.subarray(0, 4096);
  for (const byte of sample) if (byte === 0) return true;
  return false;
}

function fromHtml(html: string): LoadedPage {
  const { document } = parseHTML(html);
  const root = document.body ?? document.documentElement;
  if (!root) throw new PageError('the page has no body to read');
  const index = extractText(root as unknown as Node);
  return {
    text: index.text,
    published: readPublished(document as unknown as Document),
    title: (document.title ?? '').trim(),
    site: readSite(document as unknown as Document),
    signer: pageSigner(index.text),
  };
}

/**
 * A stored article may open with a header of `Key: value` lines closed by `---` (`URL`,
 * `Title`, `Date`, …): metadata, not text to check.
 */
const FRONT_MATTER = /^(?:[A-Z][A-Za-z ]{0,20}:[^\n]*\n)+---[ \t]*\n/;

function headerField(header: string, key: string): string | null {
  const line = new RegExp(`^${key}:\\s*(.*)$`, 'im').exec(header);
  return line?.[1]?.trim() || null;
}

function fromPlainText(raw: string): LoadedPage {
  const header = FRONT_MATTER.exec(raw.replace(/\r\n?/g, '\n'))?.[0] ?? null;
  const text = header ? raw.replace(/\r\n?/g, '\n').slice(header.length) : raw;
  // Plain text keeps its paragraphs: blank lines and line breaks end blocks.
  const normalised = text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
  const dated = /\b(20\d\d-\d\d-\d\d)\b/.exec(
    header ? (headerField(header, 'Date') ?? '') : normalised.slice(0, 200),
  );
  return {
    text: normalised,
    published: dated?.[1] ?? null,
    title:
      (header ? headerField(header, 'Title') : null) ??
      normalised.split('\n')[0]?.slice(0, 120) ??
      '',
    site: header ? headerField(header, 'Publication') : null,
    signer: pageSigner(normalised),
  };
}

/** Reads an article's content, HTML or plain text, as the command line and evaluation do. */
export function readArticle(content: string, hint: 'html' | 'text' | 'unknown'): LoadedPage {
  const isHtml =
    hint === 'html' ||
    (hint === 'unknown' &&
      /<(?:!doctype html|html|body|p|div|article)[\s>]/i.test(content.slice(0, 5000)));
  const page = isHtml ? fromHtml(content) : fromPlainText(content);
  if (page.text.trim().length === 0) throw new PageError('the page has no readable text');
  return page;
}

export async function loadFile(path: string): Promise<LoadedPage> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new PageError(`${path} is a folder, not an article`);
    size = info.size;
  } catch (error) {
    if (error instanceof PageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PageError(
      code === 'ENOENT'
        ? `no such file: ${path}`
        : `cannot read ${path} (${code ?? 'unknown error'})`,
    );
  }
  if (size > MAX_BYTES)
    throw new PageError(
      `${path} is ${Math.round(size / 1048576)} MB; the limit is ${MAX_BYTES / 1048576} MB`,
    );
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    throw new PageError(
      `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
  if (looksBinary(buffer)) throw new PageError(`${path} is not a text or HTML file`);
  const hint = /\.x?html?$/i.test(path)
    ? 'html'
    : /\.(?:txt|text|md)$/i.test(path)
      ? 'text'
      : 'unknown';
  return readArticle(buffer.toString('utf8'), hint);
}

export async function loadAddress(address: string): Promise<LoadedPage> {
  let response: Response;
  try {
    response = await fetch(address, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      redirect: 'follow',
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason =
      cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    throw new PageError(`cannot reach ${address} (${reason})`);
  }
  if (!response.ok)
    throw new PageError(`${address} answered ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  if (type && !/text\/html|application\/xhtml|text\/plain/i.test(type)) {
    throw new PageError(`${address} is ${type.split(';')[0]}, not an HTML or text page`);
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES)
    throw new PageError(`${address} is larger than ${MAX_BYTES / 1048576} MB`);
  const buffer = new Uint8Array(await response.arrayBuffer());
  if (buffer.byteLength > MAX_BYTES)
    throw new PageError(`${address} is larger than ${MAX_BYTES / 1048576} MB`);
  if (looksBinary(buffer)) throw new PageError(`${address} is not a text or HTML page`);
  return readArticle(
    new TextDecoder().decode(buffer),
    /text\/plain/i.test(type) ? 'text' : /html/i.test(type) ? 'html' : 'unknown',
  );
}

export function loadPage(target: string): Promise<LoadedPage> {
  return /^https?:\/\//i.test(target) ? loadAddress(target) : loadFile(target);
}
