/**
 * Deterministic test material for the benchmark: news pages of a given length with a realistic
 * share of sentences about the story, paragraphs to append to a live page, and claims datasets
 * scaled up from the bundled one. Everything comes from a seeded PRNG, so two runs measure the
 * same pages.
 */
import type { DatasetInput } from '../../src/dataset/schema';

/** A seeded pseudo-random source (mulberry32): `next()` is uniform in [0, 1). */
export interface Rng {
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
  };
}

/** Sentences about the story: the coalition, the HMC, withdrawal or transition, deadlines. */
const RELEVANT: readonly string[] = [
  'The US-led coalition will end its military mission in Iraq by the end of 2025, officials said.',
  'Sabhan Mullah Jiad, an adviser to the Iraqi prime minister, said the Higher Military Commission had agreed on a timetable for the transition.',
  'State Department deputy spokesperson Vedant Patel said the change was a transition and not a withdrawal.',
  'The Higher Military Commission met in Baghdad to discuss the end of the coalition mission.',
  'Coalition forces are expected to leave federal Iraq by September 2025 and remain in Erbil until September 2026.',
  '"This is not a withdrawal," a senior defense official told reporters of the coalition plans.',
  'Iraqi officials insist that the withdrawal of US troops will be complete by the end of 2025.',
  'The anti-ISIS coalition will move to a bilateral security partnership with Iraq, according to the Pentagon.',
  'Vedant Patel told reporters the United States and Iraq had not announced any withdrawal.',
  'Sabhan Mullah Jiad said coalition advisers would leave Baghdad and its bases by September 2025.',
  'Prime Minister Mohammed Shia al-Sudani said the coalition mission had achieved its goals.',
  'The announcement on the transition of the coalition mission was expected within weeks, a spokesperson said.',
];

const SUBJECTS: readonly string[] = [
  'The city council',
  'A local bakery',
  'The regional weather service',
  'Researchers at the university',
  'The football club',
  'Shoppers in the old market',
  'The transport authority',
  'A group of volunteers',
  'The museum',
  'Farmers in the valley',
  'The central bank',
  'Several hospitals',
  'The school board',
  'Organisers of the festival',
  'A small software company',
  'The national library',
];
const VERBS: readonly string[] = [
  'approved',
  'announced',
  'reviewed',
  'postponed',
  'celebrated',
  'questioned',
  'published',
  'expanded',
  'delayed',
  'welcomed',
  'described',
  'reported',
];
const OBJECTS: readonly string[] = [
  'a new budget for road repairs',
  'plans for a larger playground',
  'the results of a long survey',
  'a series of evening concerts',
  'higher prices for fresh vegetables',
  'a programme of free swimming lessons',
  'the opening of a second bridge',
  'an exhibition of early photographs',
  'changes to the bus timetable',
  'a study of rainfall over the last decade',
  'repairs to the main railway station',
  'a plan to plant ten thousand trees',
  'new rules for parking near the stadium',
  'a record harvest of apples and pears',
];
const TAILS: readonly string[] = [
  'on Tuesday',
  'after a lengthy debate',
  'despite some objections from residents',
  'in a statement released in the morning',
  'following months of preparation',
  'to the surprise of many observers',
  'at a crowded meeting in the town hall',
  'while the rain continued to fall',
  'ahead of the busy holiday season',
  'as part of a wider programme of work',
  'for the third year in a row',
  'with support from local businesses',
];

/** An ordinary news sentence (about 14–20 words) with nothing to do with the story. */
function fillerSentence(rng: Rng): string {
  return `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(TAILS)}.`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** One sentence as HTML: sometimes with a link or an emphasis around a few words. */
function sentenceHtml(sentence: string, rng: Rng): string {
  const roll = rng.next();
  if (roll >= 0.12) return escapeHtml(sentence);
  const words = sentence.split(' ');
  const at = 1 + rng.int(Math.max(1, words.length - 3));
  const span = 1 + rng.int(2);
  const before = escapeHtml(words.slice(0, at).join(' '));
  const inner = escapeHtml(words.slice(at, at + span).join(' '));
  const after = escapeHtml(words.slice(at + span).join(' '));
  const wrapped =
    roll < 0.06 ? `<a href="/related/${rng.int(1000)}">${inner}</a>` : `<em>${inner}</em>`;
  return `${before} ${wrapped}${after ? ` ${after}` : ''}`;
}

export interface ParagraphOptions {
  /** Share of sentences about the story (0–1). */
  relevantShare: number;
}

export interface GeneratedParagraph {
  html: string;
  words: number;
  sentences: number;
  relevant: number;
}

/** One paragraph of 3–7 sentences (inner HTML of a `<p>`). */
export function generateParagraph(rng: Rng, options: ParagraphOptions): GeneratedParagraph {
  const count = 3 + rng.int(5);
  const parts: string[] = [];
  let words = 0;
  let relevant = 0;
  for (let i = 0; i < count; i++) {
    const isRelevant = rng.next() < options.relevantShare;
    const sentence = isRelevant ? rng.pick(RELEVANT) : fillerSentence(rng);
    if (isRelevant) relevant++;
    words += countWords(sentence);
    parts.push(sentenceHtml(sentence, rng));
  }
  return { html: parts.join(' '), words, sentences: count, relevant };
}

export interface GeneratedPage {
  html: string;
  words: number;
  sentences: number;
  relevant: number;
  paragraphs: number;
}

/**
 * A news page of about `targetWords` words of article text: paragraphs in `<p>` inside
 * `<article>`, a section heading every 25 paragraphs, a header, navigation and footer, and
 * `article:published_time` 2024-09-20. About 4% of sentences are about the story (the first
 * paragraph always is, so every page is relevant).
 */
export function generatePage(targetWords: number, seed: number): GeneratedPage {
  const rng = createRng(seed);
  const body: string[] = [];
  let words = 0;
  let sentences = 0;
  let relevant = 0;
  let paragraphs = 0;
  const lead = `${escapeHtml(RELEVANT[0] as string)} ${escapeHtml(fillerSentence(rng))}`;
  body.push(`<p>${lead}</p>`);
  words += countWords(lead.replace(/<[^>]+>/g, ''));
  sentences += 2;
  relevant += 1;
  paragraphs++;
  while (words < targetWords) {
    if (paragraphs % 25 === 0) body.push(`<h2>${escapeHtml(rng.pick(OBJECTS))}</h2>`);
    const p = generateParagraph(rng, { relevantShare: 0.04 });
    body.push(`<p>${p.html}</p>`);
    words += p.words;
    sentences += p.sentences;
    relevant += p.relevant;
    paragraphs++;
  }
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Benchmark article (${targetWords} words)</title>
<meta property="article:published_time" content="2024-09-20">
<style>body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:0 auto;padding:1rem}</style>
</head>
<body>
<header><a href="/">The Daily Benchmark</a> <nav><a href="/world">World</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav></header>
<main>
<article>
<h1>Coalition mission in Iraq to end, and other news</h1>
<p class="byline">By a staff reporter, 20 September 2024</p>
${body.join('\n')}
</article>
</main>
<footer><p>Copyright The Daily Benchmark. All rights reserved.</p></footer>
</body>
</html>
`;
  return { html, words, sentences, relevant, paragraphs };
}

/** `count` paragraphs (inner HTML) to append to a live page, with some relevant sentences. */
export function generateLiveParagraphs(count: number, seed: number): GeneratedParagraph[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => generateParagraph(rng, { relevantShare: 0.05 }));
}

const FIRST_NAMES: readonly string[] = [
  'Amira',
  'Hassan',
  'Laura',
  'Karim',
  'Nadia',
  'Peter',
  'Yusuf',
  'Claire',
  'Omar',
  'Samir',
  'Helen',
  'Rashid',
  'Daniel',
  'Leila',
  'Tariq',
  'Grace',
];
const LAST_NAMES: readonly string[] = [
  'Haddad',
  'Rahimi',
  'Collins',
  'Barzani',
  'Khalil',
  'Morgan',
  'Talabani',
  'Fischer',
  'Jabouri',
  'Reyes',
  'Obeidi',
  'Carter',
  'Dulaimi',
  'Novak',
  'Saadi',
  'Walsh',
];
const VARIANT_WORDS: readonly string[] = [
  'advisers',
  'troops',
  'partners',
  'forces',
  'commanders',
  'officials',
  'units',
  'trainers',
  'diplomats',
  'negotiators',
];

/**
 * A copy of `base` with `size` claims: the original claims plus clones with new ids, a word or
 * two changed in the quote and summary, and new (or existing) speakers. The result still passes
 * `parseDataset`: clones keep their source and date, and speakers are added before they are used.
 */
export function scaleDataset(base: DatasetInput, size: number, seed: number): DatasetInput {
  const rng = createRng(seed);
  const speakers = [...base.speakers];
  const claims = [...base.claims];
  const newSpeakerCount = Math.max(1, Math.round((size - base.claims.length) / 8));
  for (let i = 0; i < newSpeakerCount; i++) {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)} ${i + 1}`;
    const template = rng.pick(base.speakers);
    speakers.push({
      ...template,
      id: `bench-speaker-${i + 1}`,
      name,
      aliases: [name],
      kind: 'person',
      relatedSpeakerIds: [],
    });
  }
  const vary = (text: string, i: number): string => {
    const words = text.split(' ');
    const at = rng.int(words.length);
    words[at] = rng.pick(VARIANT_WORDS);
    return `${words.join(' ')} (${i})`;
  };
  for (let i = 0; claims.length < size; i++) {
    const original = base.claims[i % base.claims.length];
    if (!original) break;
    const useNew = rng.next() < 0.7;
    const speakerId = useNew
      ? `bench-speaker-${1 + rng.int(newSpeakerCount)}`
      : rng.pick(base.speakers).id;
    claims.push({
      ...original,
      id: `${original.id}-bench-${i + 1}`,
      speakerId,
      quote: original.quote ? vary(original.quote, i + 1) : null,
      summary: vary(original.summary, i + 1),
      alsoIn: [],
    });
  }
  return { ...base, speakers, claims };
}
