import { describe, expect, it } from 'vitest';
import { frameOf } from '../attribute/frame';
import {
  type Claim,
  claimSchema,
  type Dataset,
  type Source,
  type Speaker,
  sourceSchema,
  speakerSchema,
} from '../dataset/schema';
import type { PageSpeaker } from '../model/types';
import { type Candidate, createRelater } from './relate';

function speaker(fields: Partial<Speaker> & Pick<Speaker, 'id' | 'name' | 'kind'>): Speaker {
  return speakerSchema.parse({
    role: 'Official',
    affiliation: 'Government of Iraq',
    side: 'iraq',
    ...fields,
  });
}

function source(id: string, outlet: string, published: string): Source {
  return sourceSchema.parse({ id, outlet, headline: 'A report', url: null, published });
}

function claim(fields: Partial<Claim> & Pick<Claim, 'id' | 'speakerId'>): Claim {
  return claimSchema.parse({
    sourceId: 'river-post-2025-03-02',
    date: '2025-03-01',
    dateBasis: 'said',
    quote: null,
    summary: 'An official spoke about the coalition.',
    topics: ['coalition-mission'],
    ...fields,
  });
}

const minister = speaker({ id: 'test-minister', name: 'Karim Haddad', kind: 'person' });
const envoy = speaker({
  id: 'test-envoy',
  name: 'Laura Pike',
  kind: 'person',
  side: 'united-states',
  affiliation: 'US government',
});
const unnamed = speaker({
  id: 'test-unnamed-official',
  name: 'Senior Iraqi official (River Post, March 2025)',
  kind: 'anonymous',
});

const september = {
  subject: 'coalition-forces',
  where: 'federal-iraq',
  relation: 'by',
  endOf: false,
  date: '2025-09',
  wording: 'by September 2025',
} as const;

const bases = claim({
  id: 'haddad-bases-by-september',
  speakerId: minister.id,
  summary: 'Haddad said coalition forces would leave the bases in federal Iraq by September 2025.',
  position: { calls: ['withdrawal'], rejects: [] },
  deadlines: [september],
});
const advisers = claim({
  id: 'haddad-advisers-stay',
  speakerId: minister.id,
  summary: 'Haddad said about 300 coalition advisers would stay at the air base in the west.',
});
const talks = claim({
  id: 'haddad-talks-continue',
  speakerId: minister.id,
  summary: 'Haddad said the talks with Washington on the coalition would continue next month.',
});
const ending = claim({
  id: 'pike-mission-ends',
  speakerId: envoy.id,
  summary: 'Pike said the coalition mission would end by September 2025.',
  position: { calls: ['end-of-mission'], rejects: [] },
  deadlines: [september],
});
const unnamedSource = claim({
  id: 'unnamed-official-bases',
  speakerId: unnamed.id,
  summary: 'A senior Iraqi official said coalition forces were leaving the western bases.',
  position: { calls: ['withdrawal'], rejects: [] },
});

const dataset: Pick<Dataset, 'speakers' | 'sources'> = {
  speakers: [minister, envoy, unnamed],
  sources: [source('river-post-2025-03-02', 'River Post', '2025-03-02')],
};
const relater = createRelater(dataset);

const haddad: PageSpeaker = {
  name: 'Karim Haddad',
  role: 'Defence Minister',
  kind: 'person',
  speakerId: minister.id,
};
const someoneElse: PageSpeaker = {
  name: 'Omar Saleh',
  role: 'lawmaker',
  kind: 'person',
  speakerId: null,
};
const pike: PageSpeaker = { name: 'Laura Pike', role: null, kind: 'person', speakerId: envoy.id };
const iraqiOfficial: PageSpeaker = {
  name: 'a senior Iraqi official',
  role: null,
  kind: 'anonymous',
  speakerId: null,
};

/** A candidate as the matcher would score it; a named speaker's claims get +0.2 on content. */
function scored(c: Claim, content: number, sharedWords = 6, named = true): Candidate {
  return { claim: c, content, score: content + (named ? 0.2 : 0), quoteSimilarity: 0, sharedWords };
}

/** The relations of `candidates` for a sentence of no deadline, from `who`. */
function relations(
  who: PageSpeaker | null,
  sentence: string,
  candidates: Candidate[],
  published = '2025-03-03',
) {
  const frame = frameOf(sentence, 0, []);
  return relater
    .relateAll(who, { sentence: frame }, candidates, { published })
    .map((r, i) => [candidates[i]?.claim.id, r.relation, r.conflict ?? null]);
}

describe('a paraphrase by the claim’s speaker', () => {
  const sentence = 'Haddad told lawmakers the negotiations over the coalition go on into April.';

  it('is the same statement when it shares enough of the claim’s words', () => {
    expect(relations(haddad, sentence, [scored(talks, 0.32)])).toEqual([
      ['haddad-talks-continue', 'same', null],
    ]);
  });

  it('is never the same statement in another speaker’s mouth', () => {
    expect(relations(someoneElse, sentence, [scored(talks, 0.32, 6, false)])).toEqual([
      ['haddad-talks-continue', 'agrees', null],
    ]);
  });

  it('needs more than a couple of shared words when it shares none of the claim’s facts', () => {
    expect(relations(haddad, 'Haddad spoke of the coalition.', [scored(talks, 0.34, 2)])).toEqual([
      ['haddad-talks-continue', 'agrees', null],
    ]);
  });

  it('is not the claim when another speaker’s claim fits the words clearly better', () => {
    const theirs = claim({ id: 'other-talks', speakerId: envoy.id });
    expect(
      relations(haddad, sentence, [scored(talks, 0.32), scored(theirs, 0.5, 8, false)]),
    ).toEqual([
      ['haddad-talks-continue', 'agrees', null],
      ['other-talks', 'agrees', null],
    ]);
  });

  it('is not a claim dated more than a month after the page', () => {
    expect(relations(haddad, sentence, [scored(talks, 0.32)], '2025-01-15')).toEqual([
      ['haddad-talks-continue', 'agrees', null],
    ]);
  });

  it('does not report a claim whose deadline it leaves out, and does once it gives it', () => {
    const left = 'Haddad said the coalition would leave the bases.';
    expect(relations(haddad, left, [scored(bases, 0.25)])).toEqual([
      ['haddad-bases-by-september', 'agrees', null],
    ]);
    const frame = frameOf(`${left.slice(0, -1)} by September.`, 0, []);
    const given = { ...frame, deadlines: [{ date: '2025-09', endOf: false, where: null }] };
    const related = relater.relateAll(haddad, { sentence: given }, [scored(bases, 0.25)], {
      published: '2025-03-03',
    });
    expect(related).toEqual([{ relation: 'same' }]);
  });
});

describe('sibling claims of one speaker', () => {
  it('are told apart by the facts the sentence shares, not by a slightly better score', () => {
    const frame = frameOf('Haddad said about 300 advisers would stay on at the base.', 0, []);
    const withNumber = { ...frame, troops: [300] };
    const related = relater.relateAll(
      haddad,
      { sentence: withNumber },
      [scored(talks, 0.42), scored(advisers, 0.36)],
      { published: '2025-03-03' },
    );
    expect(related.map((r) => r.relation)).toEqual(['agrees', 'same']);
  });
});

describe('an unnamed speaker’s claim', () => {
  const sentence = 'A senior Iraqi official said coalition troops were leaving the western bases.';

  it('is paraphrased by a page near the report that carries it', () => {
    expect(relations(iraqiOfficial, sentence, [scored(unnamedSource, 0.35, 6, false)])).toEqual([
      ['unnamed-official-bases', 'same', null],
    ]);
  });

  it('is not what a page a year later paraphrases', () => {
    expect(
      relations(iraqiOfficial, sentence, [scored(unnamedSource, 0.35, 6, false)], '2026-03-03'),
    ).toEqual([['unnamed-official-bases', 'agrees', null]]);
  });

  it('is not what an official told another outlet', () => {
    expect(
      relations(
        iraqiOfficial,
        'A senior Iraqi official told The Harbour Times that coalition troops were leaving the western bases.',
        [scored(unnamedSource, 0.35, 6, false)],
      ),
    ).toEqual([['unnamed-official-bases', 'agrees', null]]);
  });

  it('is not what several officials are said to hold', () => {
    const several: PageSpeaker = { ...iraqiOfficial, name: 'Iraqi officials' };
    expect(
      relations(several, 'Iraqi officials said coalition troops were leaving the western bases.', [
        scored(unnamedSource, 0.35, 6, false),
      ]),
    ).toEqual([['unnamed-official-bases', 'agrees', null]]);
  });

  it('is not paraphrased by officials the page places on no side', () => {
    const officials: PageSpeaker = { ...iraqiOfficial, name: 'the officials' };
    expect(relations(officials, sentence, [scored(unnamedSource, 0.35, 6, false)])).toEqual([
      ['unnamed-official-bases', 'agrees', null],
    ]);
  });
});

describe('unnamed officials of both governments', () => {
  it('can be the dataset’s group of Iraqi and American officials, not an Iraqi one', () => {
    const both = speaker({
      id: 'test-both-officials',
      name: 'Iraqi and US officials (unnamed)',
      kind: 'group',
      side: 'other',
    });
    const relater = createRelater({ ...dataset, speakers: [...dataset.speakers, both] });
    const said = claim({ id: 'both-officials-said', speakerId: both.id });
    const page: PageSpeaker = {
      name: 'several Iraqi and American officials',
      role: null,
      kind: 'anonymous',
      speakerId: null,
    };
    expect(relater.compatible(page, said)).toBe(true);
    expect(relater.compatible(page, unnamedSource)).toBe(false);
  });
});

describe('contradictions the frame shows', () => {
  it('gives the speaker’s own deadline in another word for the change', () => {
    const frame = frameOf('Pike: US troops to withdraw from the country.', 0, []);
    const withDeadline = {
      ...frame,
      deadlines: [{ date: '2025-09', endOf: false, where: null }],
    };
    const related = relater.relateAll(pike, { sentence: withDeadline }, [scored(ending, 0.5)], {
      published: '2025-03-03',
    });
    expect(related).toEqual([{ relation: 'contradicts', conflict: 'wording' }]);
  });

  it('denies reports of what a claim says', () => {
    const frame = frameOf(
      'The ministry said reports that coalition troops would leave the bases by September were untrue.',
      0,
      [],
    );
    const dated = { ...frame, deadlines: [{ date: '2025-09', endOf: false, where: null }] };
    const related = relater.relateAll(null, { sentence: dated }, [scored(bases, 0.3, 6, false)]);
    expect(related).toEqual([{ relation: 'contradicts', conflict: 'denial' }]);
  });
});

describe('who may speak for a claim', () => {
  const government = speaker({
    id: 'test-iraq-government',
    name: 'Government of Iraq',
    kind: 'institution',
  });
  const committee = speaker({
    id: 'test-committee',
    name: 'High Committee for Ending the Mission',
    kind: 'institution',
  });
  const ministry = speaker({
    id: 'test-ministry',
    name: 'Iraqi Ministry of Defence',
    kind: 'institution',
  });
  const officer = speaker({
    id: 'test-officer',
    name: 'Nadia Karim',
    kind: 'person',
    affiliation: 'Iraqi Ministry of Defence',
  });
  const wire = speaker({
    id: 'test-wire-official',
    name: 'Iraqi official (Harbour Wire, March 2025)',
    kind: 'anonymous',
  });
  const people = createRelater({
    speakers: [minister, government, committee, ministry, officer, wire],
    sources: [
      source('river-post-2025-03-02', 'River Post', '2025-03-02'),
      { ...source('harbour-2025-03-02', 'Gazette Online', '2025-03-02'), citing: 'Harbour Wire' },
    ],
  });
  const body = (name: string, id: string | null = null): PageSpeaker => ({
    name,
    role: null,
    kind: 'institution',
    speakerId: id,
  });

  it('lets a ministry speak for its people, and a committee of the government for no minister', () => {
    const officerSaid = claim({ id: 'officer-said', speakerId: officer.id });
    const ministerSaid = claim({ id: 'minister-said', speakerId: minister.id });
    expect(people.compatible(body('the Ministry of Defence', ministry.id), officerSaid)).toBe(true);
    expect(people.compatible(body('the committee', committee.id), ministerSaid)).toBe(false);
    // A body the dataset knows only as its people's affiliation.
    expect(people.compatible(body('the Defence Ministry'), officerSaid)).toBe(true);
    expect(people.compatible(body('the US Defense Ministry'), officerSaid)).toBe(false);
  });

  it('credits an outlet with the unnamed sources whose words it carried, and no one else’s', () => {
    const carried = claim({
      id: 'wire-official-said',
      speakerId: wire.id,
      sourceId: 'harbour-2025-03-02',
    });
    const harbour: PageSpeaker = {
      name: 'Harbour Wire',
      role: null,
      kind: 'outlet',
      speakerId: null,
    };
    expect(people.compatible(harbour, carried)).toBe(true);
    expect(people.compatible(harbour, claim({ id: 'minister', speakerId: minister.id }))).toBe(
      false,
    );
    expect(people.compatible({ ...harbour, name: 'River Post' }, carried)).toBe(false);
  });

  it('hears a government in its officials named by country alone, not in one official', () => {
    const said = claim({ id: 'government-said', speakerId: government.id });
    const officials: PageSpeaker = {
      name: 'Iraqi officials',
      role: null,
      kind: 'anonymous',
      speakerId: null,
    };
    expect(people.compatible(officials, said)).toBe(true);
    expect(people.compatible({ ...officials, name: 'a senior Iraqi official' }, said)).toBe(false);
    expect(people.compatible({ ...officials, name: 'American officials' }, said)).toBe(false);
  });
});

describe('an unnamed speaker’s claim retold later', () => {
  it('is the claim when the page names the report or gives the claim’s own number', () => {
    const counted = claim({
      id: 'unnamed-official-300',
      speakerId: unnamed.id,
      summary: 'A senior Iraqi official said about 300 coalition advisers would stay in the west.',
    });
    const told =
      'A senior Iraqi official told the River Post at the time that coalition troops were leaving the western bases.';
    expect(
      relations(iraqiOfficial, told, [scored(unnamedSource, 0.35, 6, false)], '2026-03-03'),
    ).toEqual([['unnamed-official-bases', 'same', null]]);
    const retold =
      'About 300 coalition advisers would stay in the west, a senior Iraqi official said.';
    const number = retold.indexOf('About 300');
    const frame = frameOf(retold, 0, [
      {
        kind: 'troops',
        text: 'About 300 coalition advisers',
        start: number,
        end: number + 28,
        sentenceStart: 0,
        sentenceEnd: retold.length,
      },
    ]);
    const later = (sentence: typeof frame) =>
      relater
        .relateAll(iraqiOfficial, { sentence }, [scored(counted, 0.35, 6, false)], {
          published: '2026-03-03',
        })
        .map((r) => r.relation);
    expect(later(frame)).toEqual(['same']);
    expect(later(frameOf(retold.replace('About 300', 'Some'), 0, []))).toEqual(['agrees']);
  });
});

describe('a sentence that tells part of a long claim', () => {
  it('is the claim when nearly all its words are the claim’s, and not on a few of them', () => {
    const sentence = 'Karim Haddad said talks on the coalition would continue.';
    const part = { ...scored(talks, 0.15, 4), coverage: 0.8 };
    expect(relations(haddad, sentence, [part])).toEqual([['haddad-talks-continue', 'same', null]]);
    expect(relations(haddad, sentence, [{ ...part, coverage: 0.5 }])).toEqual([
      ['haddad-talks-continue', 'context', null],
    ]);
    expect(relations(haddad, sentence, [{ ...part, sharedWords: 2 }])).toEqual([
      ['haddad-talks-continue', 'context', null],
    ]);
  });
});

describe('officials of no one report', () => {
  it('hold their view on any later page, unlike the officials of a dated report', () => {
    const group = speaker({
      id: 'test-iraqi-officials',
      name: 'Iraqi officials (unnamed)',
      kind: 'group',
    });
    const relater = createRelater({ ...dataset, speakers: [...dataset.speakers, group] });
    const view = claim({
      id: 'iraqi-officials-withdrawal',
      speakerId: group.id,
      summary: 'Iraqi officials described the process as a withdrawal of coalition forces.',
    });
    const officials: PageSpeaker = {
      name: 'Iraqi officials',
      role: null,
      kind: 'anonymous',
      speakerId: null,
    };
    const later = relater.relateAll(
      officials,
      {
        sentence: frameOf(
          'Iraqi officials have long described the process as a withdrawal.',
          0,
          [],
        ),
      },
      [scored(view, 0.35, 6, false)],
      { published: '2026-03-03' },
    );
    expect(later.map((r) => r.relation)).toEqual(['same']);
  });
});

describe('a reduction', () => {
  it('is not the claim of a transition, unless it gives the claim’s own figure', () => {
    const transition = claim({
      id: 'haddad-transition',
      speakerId: minister.id,
      summary: 'Haddad said the coalition mission would transition to about 300 advisers.',
      position: { calls: ['transition'], rejects: [] },
    });
    expect(
      relations(haddad, 'Haddad said the coalition mission is being scaled back.', [
        scored(transition, 0.5),
      ]),
    ).toEqual([['haddad-transition', 'agrees', null]]);
    const sentence = 'Haddad said the coalition mission would shrink to about 300 advisers.';
    const number = sentence.indexOf('about 300');
    const frame = frameOf(sentence, 0, [
      {
        kind: 'troops',
        text: 'about 300 advisers',
        start: number,
        end: number + 18,
        sentenceStart: 0,
        sentenceEnd: sentence.length,
      },
    ]);
    expect(
      relater
        .relateAll(haddad, { sentence: frame }, [scored(transition, 0.5)], {
          published: '2025-03-03',
        })
        .map((r) => r.relation),
    ).toEqual(['same']);
  });
});

describe('a group’s standing view', () => {
  const officials = speaker({
    id: 'test-iraqi-officials',
    name: 'Iraqi officials (unnamed)',
    kind: 'group',
  });
  const view = claim({
    id: 'iraqi-officials-want-withdrawal',
    speakerId: officials.id,
    summary:
      'Iraqi officials have repeatedly said they are working towards a withdrawal of coalition forces.',
    position: { calls: ['withdrawal'], rejects: [] },
  });
  const groups = createRelater({ speakers: [officials], sources: dataset.sources });
  const relationOf = (name: string) =>
    groups.relateAll(
      { name, role: null, kind: 'anonymous', speakerId: null },
      { sentence: frameOf(`${name}, by contrast, have talked of withdrawal.`, 0, []) },
      [scored(view, 0.05, 1, false)],
      { published: '2026-01-20' },
    )[0]?.relation;

  it('is reported, in few words, by whoever the page calls by its name with its word', () => {
    expect(relationOf('Iraqi officials')).toBe('same');
  });

  it('is not the view of other people of the same side', () => {
    expect(relationOf('Iraqi politicians')).toBe('agrees');
  });
});

describe('a person with one statement on record', () => {
  const spokesperson = speaker({ id: 'test-spokesperson', name: 'Ola Nordmann', kind: 'person' });
  const relocated = claim({
    id: 'nordmann-relocated',
    speakerId: spokesperson.id,
    date: '2026-02-20',
    summary: 'Nordmann said some Norwegian personnel had been relocated from Erbil.',
  });
  const credited: PageSpeaker = {
    name: 'Ola Nordmann',
    role: 'spokesperson',
    kind: 'person',
    speakerId: spokesperson.id,
  };
  const relationOn = (published: string, others: Claim[] = []) =>
    createRelater({
      speakers: [spokesperson],
      sources: dataset.sources,
      claims: [relocated, ...others],
    }).relateAll(
      credited,
      { sentence: frameOf('Spokesperson Ola Nordmann confirmed the relocations.', 0, []) },
      [scored(relocated, 0.12, 1)],
      { published },
    )[0]?.relation;

  it('is what a page of its season credits them with, in few words', () => {
    expect(relationOn('2026-02-24')).toBe('same');
  });

  it('is not, a year later, nor when they have other statements on record', () => {
    expect(relationOn('2027-02-24')).not.toBe('same');
    expect(
      relationOn('2026-02-24', [claim({ id: 'nordmann-other', speakerId: spokesperson.id })]),
    ).not.toBe('same');
  });
});

describe('two statements of one speaker, years apart', () => {
  const old = claim({
    id: 'haddad-talks-2024',
    speakerId: minister.id,
    date: '2024-01-27',
    summary: 'Haddad said talks would end the coalition mission in Iraq.',
  });
  const recent = claim({
    id: 'haddad-phase-complete-2026',
    speakerId: minister.id,
    date: '2026-01-18',
    summary: 'Haddad said the first phase of ending the coalition mission was complete.',
  });

  it('reports the one said in the page’s season when the words fit both alike', () => {
    const related = relater.relateAll(
      haddad,
      { sentence: frameOf('Haddad said the coalition mission in Iraq was over.', 0, []) },
      [scored(old, 0.5), scored(recent, 0.48)],
      { published: '2026-01-20' },
    );
    expect(related.map((r) => r.relation)).toEqual(['agrees', 'same']);
  });
});
