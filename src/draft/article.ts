/** Reading an article for the drafter: the page as the command line reads it, and its source. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Dataset } from '../dataset/schema';
import { loadPage } from '../read/page-source';
import { type DraftResult, draftClaims } from './draft';
import { readHeader, sourceFor } from './source';

export async function draftArticle(target: string, dataset: Dataset): Promise<DraftResult> {
  const page = await loadPage(target);
  const isAddress = /^https?:\/\//i.test(target);
  let header: Record<string, string> = {};
  if (!isAddress) {
    // loadPage has read and checked the file; its header names the address and outlet.
    header = readHeader((await readFile(target, 'utf8')).slice(0, 4000));
  }
  const source = sourceFor(
    {
      url: isAddress ? target : (header.url ?? null),
      outlet: header.publication ?? null,
      title: (header.title ?? page.title).replace(/\s*\((?:headline|no headline)[^)]*\)\s*$/i, ''),
      published: page.published,
      seedFile: isAddress ? null : basename(target),
    },
    dataset,
  );
  return draftClaims({ text: page.text, source }, dataset);
}
