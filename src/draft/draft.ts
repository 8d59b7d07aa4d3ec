/**
 * Drafting claims from an article for a maintainer: the engine reads the page as the extension
 * does, and every statement the page credits to someone becomes a candidate claim in the
 * dataset's format, validated with its schema. A draft is a suggestion for a reviewer, never
 * data: nothing here writes to the dataset.
 */
import { createAttributor } from '../attribute/attribute';
import { frameOf } from '../attribute/frame';
import {
  type ChangeTerm,
  type Claim,
  claimSchema,
  type Dataset,
  type Deadline,
  type Side,
  type Speaker,
  topics as TOPIC_ORDER,
  type Topic,
} from '../dataset/schema';
import { sentenceAround } from '../detect/sentences';
import { createEngine } from '../engine/engine';
import type { MatchedMention, PageSpeaker } from '../model/types';
import { fold, squash } from '../text/fold';
import { statementDate } from './dates';
import { quoteSpans, tidyQuote, wordCount } from './quotes';
import type { DraftSource } from './source';

/** A speaker the dataset does not have yet, for the reviewer to complete. */
export interface SpeakerStub {
  id: string;
  name: string;
  role: string | null;
  kind: Speaker['kind'];
  side: Side;
}

export interface DraftSpeaker {
  name: string;
  /** The dataset speaker, or the proposed id of `stub`. */
  speakerId: string;
  /** Set when the dataset has no such speaker yet. */
  stub: SpeakerStub | null;
  /** How the id was found: the page's words, the duplicate claim's speaker, or a new stub. */
  via: 'page' | 'duplicate' | 'stub' | 'outlet';
}

/**
 * Who credits the speaker: the engine's attribution of the sentence; the quote the sentence
 * belongs to, credited in another sentence; the paragraph's last credited quote (“…,” he said.
 * “…”); the issuer of a released text; or the outlet, for its own figures.
 */
export type Credit = 'engine' | 'quote' | 'paragraph' | 'release' | 'outlet';

export interface DraftDuplicate {
  claimId: string;
  speakerId: string;
  /** `engine`: the engine reports the sentence as this claim; `quote`: same words verbatim. */
  by: 'engine' | 'quote';
}

export interface DraftClaim {
  speaker: DraftSpeaker;
  /** Where the speaker comes from (see `Credit`). */
  credit: Credit;
  /** Who the engine itself credits with the sentence (null: the outlet's own voice). */
  engineSpeaker: PageSpeaker | null;
  quote: string | null;
  date: string;
  dateBasis: 'said' | 'reported';
  dateNote: string | null;
  summary: string;
  topics: Topic[];
  position: { calls: ChangeTerm[]; rejects: ChangeTerm[] } | null;
  deadlines: Deadline[];
  /** The existing claim this one repeats: cite the article in its `alsoIn` instead. */
  duplicates: DraftDuplicate | null;
  /** The page's sentence, for the reviewer. */
  sentence: string;
  /** The claim as it would go into `claims.json`, already validated with the schema. */
  claim: Claim;
}

export interface DraftResult {
  source: DraftSource;
  claims: DraftClaim[];
  /** Speakers to add before the drafts can be accepted. */
  newSpeakers: SpeakerStub[];
}

export interface DraftInput {
  text: string;
  source: DraftSource;
}

interface Sentence {
  start: number;
  end: number;
}

/** Every sentence of the text, in order, within its paragraph. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let at = 0;
  while (at < text.length) {
    while (at < text.length && /\s/.test(text[at] as string)) at++;
    if (at >= text.length) break;
    const sentence = sentenceAround(text, at);
    const start = Math.max(sentence.start, at);
    const end = Math.max(sentence.end, start + 1);
    out.push({ start, end });
    at = end + 1;
  }
  return out;
}

export function kebab(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/\bu\.s\.?/g, 'us')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const PLURAL = /\b(?:officials|sources|leaders|diplomats|officers|commanders|lawmakers|members)\b/i;

/** The side a speaker is on, guessed from the words naming them, then from the sentence. */
export function guessSide(words: string, kind: PageSpeaker['kind'], sentence: string): Side {
  if (kind === 'outlet') return 'media';
  const guess = (text: string): Side | null => {
    const f = fold(text);
    if (/\b(?:kurdistan|kurdish|peshmerga|erbil|krg)\b/.test(f)) return 'kurdistan-region';
    if (/\b(?:iraqi?|iraq's|baghdad|sudani|joint operations command)\b/.test(f)) return 'iraq';
    if (
      /\b(?:us|u\.s\.?|american|pentagon|washington|white house|state department|defen[cs]e department|department of defen[cs]e|centcom)\b/.test(
        f,
      )
    )
      return 'united-states';
    if (/\b(?:coalition|cjtf|inherent resolve|nato|norw\w+|german\w*|french|british)\b/.test(f))
      return 'coalition';
    return null;
  };
  if (kind === 'joint') return 'other';
  return guess(words) ?? guess(sentence) ?? 'other';
}

/** A proposed speaker id: the name for people and bodies, name and date for unnamed ones. */
export function stubId(name: string, kind: Speaker['kind'], date: string): string {
  const bare = name
    .replace(/^(?:an?|the|two|three|four|several|multiple|some|other)\s+/i, '')
    .replace(/\s*\(.*\)$/, '');
  if (kind === 'joint') {
    const f = fold(name);
    const us = /\b(?:us|u\.s\.?|united states|american|washington)\b/.test(f);
    const iraq = /\b(?:iraq|iraqi|baghdad)\b/.test(f);
    return us && iraq ? `us-iraq-joint-statement-${date}` : `${kebab(bare)}-${date}`;
  }
  if (kind === 'anonymous' || kind === 'group') return `${kebab(bare)}-${date}`;
  return kebab(bare);
}

const TOPIC_WORDS: ReadonlyArray<[Topic, RegExp]> = [
  [
    'deadline',
    /\b(?:deadlines?|timetable|timeline|date for|no later than|next week|by (?:the end of )?(?:january|february|march|april|may|june|july|august|september|october|november|december|20\d\d)|until (?:at least )?(?:january|february|march|april|may|june|july|august|september|october|november|december|20\d\d))\b/,
  ],
  [
    'troop-numbers',
    /\b\d[\d,]*(?:\s+(?:to|or)\s+\d[\d,]*)?\s+(?:\w+\s+){0,2}(?:troops|soldiers|personnel|advisers|advisors|forces|service members)\b|\b(?:four|five|six|seven|eight|nine|ten)\s+(?:to\s+\w+\s+)?personnel\b/,
  ],
  ['hmc', /\b(?:higher military (?:commission|committee)|high military committee|hmc)\b/],
  ['syria', /\bsyria\w*/],
  ['kurdistan-region', /\b(?:kurdistan|erbil|irbil|peshmerga|krg)\b/],
  [
    'bilateral-partnership',
    /\b(?:bilateral|partnership|security cooperation|security co-operation|memorand\w+|strategic framework)\b/,
  ],
  ['sovereignty', /\bsovereign\w*/],
  ['attacks', /\b(?:attack\w*|drones?|rockets?|strikes?|targeted|target on it)\b/],
  [
    'agreement-status',
    /\b(?:sign|signed|signing|not (?:yet )?signed|final agreement|announc\w+ the agreement)\b/,
  ],
  ['iraq-request', /\b(?:iraq(?:i)? (?:request|asked)|at the request of)\b/],
  ['iraqi-politics', /\b(?:parliament|factions?|lawmakers|election|political)\b/],
  ['coalition-mission', /\b(?:coalition|mission|cjtf|inherent resolve)\b/],
];

function topicsOf(sentence: string, hasDeadline: boolean, hasTroops: boolean, framed: boolean) {
  const f = fold(sentence);
  const out = new Set<Topic>();
  if (hasDeadline) out.add('deadline');
  if (hasTroops) out.add('troop-numbers');
  if (framed) out.add('withdrawal-vs-transition');
  for (const [topic, pattern] of TOPIC_WORDS) if (pattern.test(f)) out.add(topic);
  if (out.size === 0) out.add('coalition-mission');
  // In the dataset's order.
  return [...out].sort((a, b) => TOPIC_ORDER.indexOf(a) - TOPIC_ORDER.indexOf(b));
}

/** What ends (or starts) at a deadline, from the words of its clause. */
function subjectOf(before: string): Deadline['subject'] {
  const f = fold(before);
  if (/\b(?:hand(?:ing|s|ed)? over|handover|transfer)\b/.test(f)) return 'base-handover';
  if (/\b(?:begin|begins|beginning|start|starts|starting)\b/.test(f)) return 'withdrawal-start';
  if (/\badvis[eo]rs?\b/.test(f)) return 'us-advisers';
  if (
    /\b(?:us|u\.s\.?|american)\s+(?:troops|forces|soldiers|personnel|military personnel)\b/.test(f)
  )
    return 'us-forces';
  if (/\bmission\b/.test(f)) return 'coalition-mission';
  if (/\b(?:forces|troops|soldiers|personnel|withdraw\w*|leave|depart\w*|pull\w*)\b/.test(f))
    return 'coalition-forces';
  return 'coalition-mission';
}

function relationOf(before: string): Deadline['relation'] {
  const f = fold(before).slice(-40);
  if (/\b(?:until at least|at least until|through)\s*$/.test(f)) return 'until-at-least';
  if (/\b(?:beyond|after|past)\s*$/.test(f)) return 'beyond';
  if (/\b(?:beginning|starting|from|begin\w*|start\w*)\s*(?:in\s+|on\s+)?$/.test(f))
    return 'starting';
  return 'by';
}

function deadlinesOf(
  text: string,
  sentence: Sentence,
  mentions: readonly MatchedMention[],
): Deadline[] {
  const out: Deadline[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const m of mentions) {
    if (m.kind !== 'deadline' || !m.deadline) continue;
    const frame = frameOf(body, sentence.start, [m]);
    const framed = frame.deadlines[0];
    if (!framed) continue;
    const clauseStart = Math.max(
      sentence.start,
      text.lastIndexOf(',', m.start - 2) + 1,
      m.start - 90,
    );
    const before = text.slice(clauseStart, m.start);
    const relation = relationOf(before);
    const subject = relation === 'starting' ? 'withdrawal-start' : subjectOf(before);
    const wording = squash(text.slice(clauseStart, m.end)).replace(/^[\s,;:“"]+/, '');
    const deadline: Deadline = {
      subject,
      where: framed.where ?? 'all-iraq',
      relation,
      date: framed.date,
      endOf: framed.endOf,
      wording: wording.length >= 3 ? wording : m.text,
    };
    if (!out.some((d) => d.date === deadline.date && d.where === deadline.where))
      out.push(deadline);
  }
  return out;
}

/** The one line a reviewer rewrites: who said it, and what, from the page's words. */
function summaryOf(name: string, quote: string | null, sentence: string): string {
  const words = quote ?? sentence;
  const cut = words.length > 160 ? `${words.slice(0, 157).replace(/\s+\S*$/, '')}…` : words;
  return `[DRAFT, rewrite] ${quote ? `${name} said “${cut}”` : `${name}: ${cut}`}`
    .replace(/\s+/g, ' ')
    .trim();
}

function claimIdBase(speakerId: string, words: string): string {
  const head = speakerId.split('-').filter((w) => !/^\d+$/.test(w));
  const who = head[head.length - 1] ?? 'speaker';
  const stop = new Set([
    'the',
    'a',
    'an',
    'of',
    'to',
    'and',
    'in',
    'on',
    'is',
    'are',
    'was',
    'were',
    'has',
    'have',
    'had',
    'be',
    'been',
    'that',
    'this',
    'with',
    'for',
    'we',
    'it',
    'its',
    'at',
    'by',
    'as',
    'said',
    'says',
    'he',
    'she',
    'they',
  ]);
  const key = kebab(words)
    .split('-')
    .filter((w) => w.length > 2 && !stop.has(w))
    .slice(0, 4);
  return [who, ...key].join('-') || 'draft';
}

/** Quotes and alsoIn quotes of the dataset, for spotting a statement already recorded. */
function verbatimIndex(dataset: Dataset): Array<{ claim: Claim; quote: string }> {
  const out: Array<{ claim: Claim; quote: string }> = [];
  for (const claim of dataset.claims) {
    if (claim.quote) out.push({ claim, quote: squash(claim.quote) });
    for (const a of claim.alsoIn) if (a.quote) out.push({ claim, quote: squash(a.quote) });
  }
  return out;
}

function overlaps(a: string, b: string): boolean {
  const x = squash(a).replace(/^[\W_]+|[\W_]+$/g, '');
  const y = squash(b).replace(/^[\W_]+|[\W_]+$/g, '');
  return x.length >= 8 && y.length >= 8 && (x.includes(y) || y.includes(x));
}

/** A released text ("Begin text:"): what follows is the issuer's own words, quote by quote. */
const BEGIN_TEXT = /^(?:begin text|text of the (?:joint )?statement|the statement reads)\s*:?\s*$/i;
const END_TEXT = /^(?:end text|###)\s*$/im;
const LIST_LABEL =
  /^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|\d+[.)])\s*[:.-]\s*/i;

/**
 * The issuer of a released text, from the sentence that introduces it: "The text of the
 * following statement was released by the Governments of the United States and Iraq."
 */
function issuerOf(text: string, before: number): PageSpeaker | null {
  const lead = text.slice(Math.max(0, before - 400), before);
  const found = /\breleased by (?:the )?([^.\n]{3,120})\.?\s*$/im.exec(lead.trim());
  if (!found?.[1]) return null;
  const name = found[1].trim();
  const joint = /\band\b/i.test(name) && /governments?|united states|iraq/i.test(name);
  return { name, role: null, kind: joint ? 'joint' : 'institution', speakerId: null };
}

export function draftClaims(input: DraftInput, dataset: Dataset): DraftResult {
  const { text, source } = input;
  const published = source.published;
  const engine = createEngine(dataset);
  const result = engine.check(text, { published });
  const attributor = createAttributor(dataset.speakers);
  const speakers = new Map(dataset.speakers.map((s) => [s.id, s]));
  const claimsById = new Map(dataset.claims.map((c) => [c.id, c]));
  const verbatim = verbatimIndex(dataset);
  const quotes = quoteSpans(text);
  const sentences = sentencesOf(text);
  const onStory = result.mentions.length > 0;

  // The outlet's own voice: the dataset's outlet speaker for this source, if it has one.
  const outletSpeaker = outletSpeakerFor(source, dataset);

  // Released texts: the sentences between "Begin text:" and "End text" (or the page's end).
  const released: Array<{ start: number; end: number; issuer: PageSpeaker | null }> = [];
  for (const line of text.matchAll(/^.*$/gm)) {
    const at = line.index ?? 0;
    if (BEGIN_TEXT.test(line[0].trim())) {
      const endMatch = END_TEXT.exec(text.slice(at + line[0].length));
      const end = endMatch ? at + line[0].length + (endMatch.index ?? 0) : text.length;
      released.push({ start: at + line[0].length, end, issuer: issuerOf(text, at) });
    }
  }

  interface Pending {
    sentence: Sentence;
    credit: Credit;
    engineSpeaker: PageSpeaker | null;
    body: string;
    speaker: PageSpeaker;
    key: string;
    quote: string | null;
    releasedText: boolean;
    mentions: MatchedMention[];
    own: { date: string; wording: string } | null;
    block: number;
  }
  const pending: Pending[] = [];
  const speakerKey = (s: PageSpeaker) => s.speakerId ?? `${s.kind}:${fold(s.name)}`;

  // Who the engine credits with each sentence, and the date each sentence gives.
  const credited = sentences.map((sentence) => {
    const mentions = result.mentions.filter(
      (m) => m.start >= sentence.start && m.start < sentence.end,
    );
    const speaker =
      mentions[0]?.speaker ?? attributor.attribute(text, sentence.start, sentence.end);
    return { sentence, mentions, speaker };
  });
  const quoteOf = (sentence: Sentence) =>
    quotes.filter((q) => q.end > sentence.start && q.start < sentence.end);
  const blockOf = (sentence: Sentence) => text.lastIndexOf('\n', sentence.start) + 1;

  for (const [index, { sentence, mentions, speaker: engineSpeaker }] of credited.entries()) {
    const body = text.slice(sentence.start, sentence.end);
    const inRelease = released.find((r) => sentence.start >= r.start && sentence.end <= r.end);
    let speaker: PageSpeaker | null = engineSpeaker;
    let credit: Credit = 'engine';
    if (inRelease?.issuer) {
      speaker = inRelease.issuer;
      credit = 'release';
    }
    const inQuotes = quoteOf(sentence);
    if (!speaker && inQuotes.length > 0) {
      // A quote is one statement: a sentence inside it is its speaker's, wherever the page
      // credits it. Failing that, wire style: “…,” he said. “…” — the paragraph's last quote.
      const sameQuote = credited.find(
        (c) =>
          c.speaker &&
          c.speaker.kind !== 'outlet' &&
          c.sentence !== sentence &&
          quoteOf(c.sentence).some((q) => inQuotes.includes(q)),
      );
      const block = blockOf(sentence);
      const earlier = credited
        .slice(0, index)
        .reverse()
        .find(
          (c) =>
            blockOf(c.sentence) === block &&
            c.speaker &&
            c.speaker.kind !== 'outlet' &&
            quoteOf(c.sentence).length > 0,
        );
      if (sameQuote?.speaker) {
        speaker = sameQuote.speaker;
        credit = 'quote';
      } else if (earlier?.speaker) {
        speaker = earlier.speaker;
        credit = 'paragraph';
      }
    }
    const hasFigure = mentions.some((m) => m.kind === 'deadline' || m.kind === 'troops');
    if (!speaker) {
      if (!hasFigure || !outletSpeaker) continue;
      speaker = outletSpeaker;
      credit = 'outlet';
    }
    if (!onStory && !inRelease) continue;
    // The quoted words of the sentence, never joined across the marks the page puts between.
    const fragments: string[] = [];
    for (const q of quotes) {
      const a = Math.max(q.start, sentence.start);
      const b = Math.min(q.end, sentence.end);
      if (b <= a) continue;
      const words = tidyQuote(text.slice(a, b));
      if (wordCount(words) >= 3) fragments.push(words);
    }
    if (inRelease && fragments.length === 0) {
      const words = tidyQuote(body.replace(LIST_LABEL, ''));
      if (wordCount(words) >= 3) fragments.push(words);
    }
    const blanked: Array<[number, number]> = [];
    for (const q of quotes)
      if (q.end > sentence.start && q.start < sentence.end)
        blanked.push([
          Math.max(0, q.start - sentence.start),
          Math.min(body.length, q.end - sentence.start),
        ]);
    for (const m of mentions)
      if (m.kind === 'deadline') blanked.push([m.start - sentence.start, m.end - sentence.start]);
    const own = published ? statementDate(body, published, blanked) : null;
    const block = text.lastIndexOf('\n', sentence.start) + 1;
    const base = {
      sentence,
      credit,
      engineSpeaker,
      body,
      speaker,
      key: speakerKey(speaker),
      releasedText: !!inRelease,
      mentions,
      own,
      block,
    };
    if (fragments.length === 0) pending.push({ ...base, quote: null });
    else for (const quote of fragments) pending.push({ ...base, quote });
  }

  /** The last date an earlier sentence of the same paragraph gives ("On July 21, …"). */
  const paragraphDate = (block: number, before: number) => {
    let found: { date: string; wording: string } | null = null;
    for (const { sentence } of credited) {
      if (sentence.start >= before) break;
      if (blockOf(sentence) !== block) continue;
      const own = published
        ? statementDate(text.slice(sentence.start, sentence.end), published, [])
        : null;
      if (own) found = own;
    }
    return found;
  };

  // Dates: the sentence's own; else one the same speaker's paragraph gives; else the last one
  // the article gave that speaker; else the publication date, as reported.
  const drafts: DraftClaim[] = [];
  const stubs = new Map<string, SpeakerStub>();
  const usedIds = new Set(dataset.claims.map((c) => c.id));
  const lastDate = new Map<string, { date: string; wording: string }>();
  for (const p of pending) {
    let date: string;
    let dateBasis: 'said' | 'reported';
    let dateNote: string | null = null;
    const sameBlock = pending.find((o) => o.block === p.block && o.key === p.key && o.own);
    const paragraph = paragraphDate(p.block, p.sentence.start);
    const dated = p.own ?? sameBlock?.own ?? paragraph ?? lastDate.get(p.key) ?? null;
    if (dated) {
      date = dated.date;
      dateBasis = 'said';
      if (!p.own) dateNote = `Dated by “${dated.wording}” earlier in the article.`;
      else if (dated.date.length < 10 || dated.date !== published)
        dateNote = `“${dated.wording}”, resolved against the publication date ${published}.`;
      if (p.own) lastDate.set(p.key, p.own);
    } else {
      date = published;
      dateBasis = 'reported';
    }

    // The claim the engine reports this sentence as (an `alsoIn` candidate).
    let duplicates: DraftDuplicate | null = null;
    const same = p.mentions
      .flatMap((m) => m.claims)
      .filter((c) => c.relation === 'same')
      .map((c) => claimsById.get(c.claimId))
      .filter((c): c is Claim => !!c);
    // The dataset quote that shares the most words verbatim, this source's first.
    const byQuote = p.quote
      ? verbatim
          .filter((v) => overlaps(v.quote, p.quote as string))
          .sort(
            (a, b) =>
              Number(b.claim.sourceId === source.id) - Number(a.claim.sourceId === source.id) ||
              Math.min(b.quote.length, (p.quote as string).length) -
                Math.min(a.quote.length, (p.quote as string).length),
          )[0]?.claim
      : undefined;
    const engineSame =
      (p.quote &&
        same.find((c) =>
          [c.quote, ...c.alsoIn.map((a) => a.quote)].some(
            (q) => q && overlaps(q, p.quote as string),
          ),
        )) ||
      same[0];
    if (engineSame)
      duplicates = { claimId: engineSame.id, speakerId: engineSame.speakerId, by: 'engine' };
    else if (byQuote)
      duplicates = { claimId: byQuote.id, speakerId: byQuote.speakerId, by: 'quote' };

    // The speaker: the dataset's when the page's words resolve to one; an unnamed official
    // who says what a claim of the dataset's unnamed officials says is that official; else a
    // new stub with a proposed id.
    const page = p.speaker;
    const kind: Speaker['kind'] =
      page.kind === 'anonymous' && PLURAL.test(page.name) ? 'group' : page.kind;
    let speaker: DraftSpeaker;
    const proposed = stubId(page.name, kind, date);
    const duplicateSpeaker = duplicates ? speakers.get(duplicates.speakerId) : undefined;
    if (page.speakerId && speakers.has(page.speakerId)) {
      speaker = {
        name: speakers.get(page.speakerId)?.name ?? page.name,
        speakerId: page.speakerId,
        stub: null,
        via: page === outletSpeaker ? 'outlet' : 'page',
      };
    } else if (speakers.has(proposed)) {
      speaker = {
        name: speakers.get(proposed)?.name ?? page.name,
        speakerId: proposed,
        stub: null,
        via: 'page',
      };
    } else if (
      duplicateSpeaker &&
      (kind === 'anonymous' || kind === 'group') &&
      (duplicateSpeaker.kind === 'anonymous' || duplicateSpeaker.kind === 'group')
    ) {
      speaker = {
        name: duplicateSpeaker.name,
        speakerId: duplicateSpeaker.id,
        stub: null,
        via: 'duplicate',
      };
    } else {
      const stub: SpeakerStub = stubs.get(proposed) ?? {
        id: proposed || 'new-speaker',
        name: page.name,
        role: page.role,
        kind,
        side: guessSide(`${page.name} ${page.role ?? ''}`, page.kind, p.body),
      };
      stubs.set(stub.id, stub);
      speaker = { name: page.name, speakerId: stub.id, stub, via: 'stub' };
    }

    const frame = frameOf(p.body, p.sentence.start, p.mentions);
    const position =
      frame.calls.length > 0 || frame.rejects.length > 0
        ? { calls: frame.calls, rejects: frame.rejects }
        : null;
    const deadlines = deadlinesOf(text, p.sentence, p.mentions);
    const topics = topicsOf(
      p.quote ?? p.body,
      deadlines.length > 0,
      p.mentions.some((m) => m.kind === 'troops'),
      frame.calls.some((t) => t === 'withdrawal' || t === 'transition') || frame.rejects.length > 0,
    );
    const sentenceText = squash(p.body);
    const summary = summaryOf(speaker.name.replace(/\s*\(.*\)$/, ''), p.quote, sentenceText);
    let id = claimIdBase(speaker.speakerId, p.quote ?? sentenceText);
    if (usedIds.has(id)) {
      let n = 2;
      while (usedIds.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    usedIds.add(id);
    const claim = claimSchema.parse({
      id,
      speakerId: speaker.speakerId,
      sourceId: source.id,
      date,
      dateBasis,
      dateNote,
      quote: p.quote,
      summary,
      reportedBy: null,
      topics,
      position,
      deadlines,
      alsoIn: [],
      events: [],
    });
    drafts.push({
      speaker,
      credit: p.credit,
      engineSpeaker: p.engineSpeaker,
      quote: p.quote,
      date,
      dateBasis,
      dateNote,
      summary,
      topics,
      position,
      deadlines,
      duplicates,
      sentence: sentenceText,
      claim,
    });
  }
  return { source, claims: drafts, newSpeakers: [...stubs.values()] };
}

/** The outlet speaker of the dataset that an article's outlet names, as a page speaker. */
function outletSpeakerFor(source: DraftSource, dataset: Dataset): PageSpeaker | null {
  const outlets = dataset.speakers.filter((s) => s.kind === 'outlet');
  const names = (s: Speaker) => [s.name, ...s.aliases].map((n) => fold(n));
  const pick = (text: string | null | undefined) => {
    if (!text) return undefined;
    const folded = fold(text);
    return outlets.find((s) =>
      names(s).some((n) =>
        new RegExp(`(?:^|\\W)${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\W|$)`).test(folded),
      ),
    );
  };
  // A relayed wire (`citing`, or in brackets) wrote the words; else the outlet itself.
  const found =
    pick(source.citing) ?? pick(/\(([^)]*)\)/.exec(source.outlet)?.[1]) ?? pick(source.outlet);
  if (found) return { name: found.name, role: null, kind: 'outlet', speakerId: found.id };
  const name = source.outlet.replace(/\s*\(.*$/, '').trim();
  return name ? { name, role: null, kind: 'outlet', speakerId: null } : null;
}

export type { Claim };
