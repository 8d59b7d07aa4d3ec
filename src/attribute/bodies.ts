/**
 * Bodies of the dataset (ministries, commands, committees, governments) by the words a page
 * uses for them: "Iraq's Ministry of Defence" is the Iraqi Ministry of Defence, "the US Defense
 * Department" the Department of Defense, "Washington" the US government, and "the committee" or
 * "the JOC" whichever body the page itself named that way.
 */
import type { Speaker } from '../dataset/schema';
import { fold } from '../text/fold';

/** Words no body's name turns on. */
const FILLER = new Set(['the', 'of', 'for', 'in', 'on', 'and', 's', 'its', 'country']);

/** The words a country's own name takes in a body's name, and the side it is. */
const COUNTRY_SIDE: Record<string, Speaker['side']> = {
  us: 'united-states',
  iraqi: 'iraq',
  kurdistan: 'kurdistan-region',
};

/** The places a government is named by: its capital, or the country itself. */
const SEATS: Record<string, Speaker['side']> = {
  washington: 'united-states',
  'united states': 'united-states',
  us: 'united-states',
  'u.s.': 'united-states',
  america: 'united-states',
  baghdad: 'iraq',
  iraq: 'iraq',
};

/** An outlet's name as outlets are compared: "Turkey's Anadolu Agency" is "anadolu agency". */
export function outletKey(name: string): string {
  return fold(name).replace(/^(?:the\s+|[a-z]+'s\s+)/, '');
}

/** A body's name as its words compare: countries one way, "defense" as "defence". */
export function bodyWords(name: string): string[] {
  return (
    fold(name)
      // The commands by their short names: "CENTCOM" is US Central Command.
      .replace(/(?<![a-z])centcom(?![a-z])/g, 'us central command')
      // "The Iraqi side of the HMC" is Iraq's High Military Committee.
      .replace(
        /(?:the\s+)?(?<![a-z])iraq(?:i|'s)? side of the (?:(?:us|u\.s\.)[-\s]iraq\s+)?(?:hmc|higher military commission|commission)(?![a-z])/g,
        'high military committee',
      )
      // Iraqi outlets name the Joint Operations Command "Joint Operations".
      .replace(/\bjoint operations\b(?! command)/g, 'joint operations command')
      // A president's administration is the US government of its day.
      .replace(/(?<![a-z])(?:trump|biden|obama) administration(?![a-z])/g, 'us government')
      .replace(/(?<![a-z])(?:u\.s\.?|united states|america(?:n|'s)?)(?![a-z])/g, 'us')
      .replace(/(?<![a-z])iraq(?:'s)?(?![a-z])/g, 'iraqi')
      .replace(/(?<![a-z])kurdish(?![a-z])/g, 'kurdistan')
      .replace(/\bdefense\b/g, 'defence')
      .replace(/\bmilitary\b/g, 'army')
      .split(/[^a-z]+/)
      .filter((w) => w.length > 1 && !FILLER.has(w))
  );
}

/**
 * Whether two names are one body's: the same words beside their countries, and no two
 * countries ("the State Department" is the US State Department, not Iraq's).
 */
export function sameBody(a: string, b: string): boolean {
  const split = (name: string) => {
    const words = bodyWords(name);
    return {
      countries: words.filter((w) => COUNTRY_SIDE[w] !== undefined),
      rest: new Set(words.filter((w) => COUNTRY_SIDE[w] === undefined)),
    };
  };
  const x = split(a);
  const y = split(b);
  if (x.rest.size === 0 || x.rest.size !== y.rest.size) return false;
  if ([...x.rest].some((w) => !y.rest.has(w))) return false;
  return (
    x.countries.length === 0 ||
    y.countries.length === 0 ||
    x.countries.some((c) => y.countries.includes(c))
  );
}

interface BodyName {
  id: string;
  side: Speaker['side'];
  words: Set<string>;
  /** The noun the name is headed by: "committee" in "High Military Committee for …". */
  head: string;
  /** The initials of its capitalised words ("JOC"), for names of three words or more. */
  initials: string | null;
}

export interface BodyIndex {
  /** The one body these words name, with at least a word beside its noun; null otherwise. */
  named(phrase: string): string | null;
  /** The government a capital or country names ("Washington", "Iraq"), if the dataset has it. */
  seat(phrase: string): string | null;
  /**
   * The body a short name means on this page: an acronym the page spells out ("the JOC"), or a
   * bare noun ("the committee") for the body the page named last before `at` with it.
   */
  onPage(phrase: string, text: string, at: number): string | null;
}

const CAPITALISED_RUN = /(?:[A-Z][\w'’-]+)(?:\s+(?:of|for|the|and)?\s*(?:[A-Z][\w'’-]+)){1,8}/g;

/** Words before a noun that make it a bare reference back. */
const DETERMINER = /^(?:the|this|that|its|their|a|an)$/i;

/** How far back the page is searched for the body a bare noun means. */
const BACK_CHARS = 20_000;

export function createBodyIndex(speakers: readonly Speaker[]): BodyIndex {
  const names: BodyName[] = [];
  for (const s of speakers) {
    if (s.kind !== 'institution' && s.kind !== 'joint') continue;
    // A body is also named by what it is: "Iraq's side of the commission" is the body whose role
    // is "The Iraqi side of the US-Iraq Higher Military Commission".
    const described = s.kind === 'institution' && s.role ? [s.role] : [];
    for (const n of [s.name.replace(/\s*\(.*\)\s*$/, ''), ...s.aliases, ...described]) {
      const words = bodyWords(n);
      const head = bodyWords(fold(n).split(/\s(?:of|for|to)\s/)[0] ?? n).pop();
      if (!head || words.length === 0) continue;
      const capitals = n.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
      names.push({
        id: s.id,
        side: s.side,
        words: new Set(words),
        head,
        initials: capitals.length >= 3 ? capitals.map((w) => w[0]).join('') : null,
      });
    }
  }
  const governments = new Map<Speaker['side'], string>();
  for (const s of speakers)
    if (s.kind === 'institution' && /\bgovernment\b/i.test(s.name)) {
      // Two governments of one side would make the seat ambiguous: name neither.
      governments.set(s.side, governments.has(s.side) ? '' : s.id);
    }

  function matching(words: readonly string[]): Set<string> {
    const ids = new Set<string>();
    for (const b of names) {
      if (!words.includes(b.head)) continue;
      const fits = words.every(
        (w) => b.words.has(w) || (COUNTRY_SIDE[w] !== undefined && COUNTRY_SIDE[w] === b.side),
      );
      if (fits) ids.add(b.id);
    }
    return ids;
  }

  function named(phrase: string): string | null {
    const words = bodyWords(phrase);
    // A noun alone ("the committee") is whichever the page means, not the dataset's only one.
    if (words.length < 2) return null;
    const ids = matching(words);
    return ids.size === 1 ? ([...ids][0] ?? null) : null;
  }

  function seat(phrase: string): string | null {
    const side =
      SEATS[
        fold(phrase)
          .replace(/^the\s+/, '')
          .trim()
      ];
    return (side && governments.get(side)) || null;
  }

  function onPage(phrase: string, text: string, at: number): string | null {
    const short = phrase.replace(/^the\s+/i, '').trim();
    if (/^[A-Z]{2,6}$/.test(short)) {
      // Every spelled-out name on the page with these initials must be one body.
      const ids = new Set<string>();
      for (const run of text.matchAll(CAPITALISED_RUN)) {
        const words = run[0].split(/\s+/).filter((w) => /^[A-Z]/.test(w));
        for (let i = 0; i + short.length <= words.length; i++) {
          const tail = words.slice(i, i + short.length);
          if (tail.map((w) => w[0]).join('') !== short) continue;
          const id = named(tail.join(' ')) ?? byInitials(short, tail);
          ids.add(id ?? '');
        }
      }
      return ids.size === 1 ? [...ids][0] || null : null;
    }
    const words = bodyWords(short);
    if (words.length !== 1) return null;
    const noun = words[0] as string;
    // The last body the page named with the noun before, or (in a headline) the first after; a
    // body the dataset does not know is no one's.
    const before = namesWith(noun, text.slice(Math.max(0, at - BACK_CHARS), at));
    if (before.length > 0) return before[before.length - 1] ?? null;
    return namesWith(noun, text.slice(at, at + BACK_CHARS))[0] ?? null;
  }

  /**
   * The bodies a stretch of text names with a noun, in order, as the longest run of words
   * before the noun reads them ("the Iraqi committee", "High Military Committee"); null for a
   * naming the dataset does not know.
   */
  function namesWith(noun: string, stretch: string): Array<string | null> {
    const out: Array<string | null> = [];
    const pattern = new RegExp(`((?:[\\w'’-]+\\s+){0,4})(${noun})\\b`, 'gi');
    for (const found of stretch.matchAll(pattern)) {
      const lead = (found[1] ?? '').trim().split(/\s+/).filter(Boolean);
      let id: string | null = null;
      for (let k = lead.length; k >= 1 && !id; k--)
        id = named(`${lead.slice(lead.length - k).join(' ')} ${found[2]}`);
      // A bare noun ("the committee") names nothing new; a committee the dataset does not know
      // ("the security and defence committee") is someone else.
      if (id || !DETERMINER.test(lead[lead.length - 1] ?? 'the')) out.push(id);
    }
    return out;
  }

  function byInitials(initials: string, words: readonly string[]): string | null {
    const spelled = bodyWords(words.join(' '));
    const ids = new Set(
      names
        .filter((b) => b.initials === initials && spelled.every((w) => b.words.has(w)))
        .map((b) => b.id),
    );
    return ids.size === 1 ? ([...ids][0] ?? null) : null;
  }

  return { named, seat, onPage };
}
