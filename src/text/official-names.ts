/**
 * The names of the officials a page names (its `official` mentions), each once, and with the
 * title the page puts just before a name ("Iraqi Foreign Minister Fuad Hussein"): whom "the
 * minister" means on the page, however far below. Light enough for the content script, which
 * sends these names with every match request.
 */

/** The nouns a title ends with. */
const TITLE_NOUN =
  /^(?:minister|secretary|spokes(?:man|woman|person)|general|commander|ambassador|envoy|adviser|advisor|president|premier|senator|governor|chief|chairman|director|admiral|colonel|mp|lawmaker)$/i;

/** How far before a name its title is looked for. */
const TITLE_CHARS = 60;

export interface NamedMention {
  kind: string;
  text: string;
  start: number;
}

/** Each mention with the text its offsets are in. */
export function officialNames(mentions: Iterable<readonly [NamedMention, string]>): string[] {
  const names = new Set<string>();
  for (const [mention, text] of mentions) {
    if (mention.kind !== 'official') continue;
    names.add(mention.text);
    const title = titleBefore(text, mention.start);
    if (title) names.add(`${title} ${mention.text}`);
  }
  return [...names];
}

/** The capitalised title run ending just before `at` on its line ("Iraqi Foreign Minister"). */
function titleBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - TITLE_CHARS), at);
  if (!/[ \t]$/.test(before)) return null;
  const clause = before.split(/[\n,;:()"\u201c\u201d]|\.\s/).pop() ?? '';
  const words = clause.trim().split(/[ \t]+/);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    if (!/^[A-Z][\w.'\u2019-]*$/.test(word)) break;
    run.unshift(word);
  }
  const last = run[run.length - 1] ?? '';
  return run.length > 0 && TITLE_NOUN.test(last) ? run.join(' ') : null;
}
