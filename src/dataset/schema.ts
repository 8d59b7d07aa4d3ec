/**
 * The claims dataset format: the single definition. TypeScript types are inferred from these
 * schemas, and every dataset the product reads (bundled or imported) is parsed through them.
 */
import * as z from 'zod/mini';
import { contradictionKinds } from '../model/vocabulary';

/** Bumped when a change to the format would make older files mean something else. */
export const DATASET_FORMAT_VERSION = 1;

const id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens'));

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; the precision is implied by the form. */
export const isoDate = z
  .string()
  .check(
    z.regex(
      /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
      'a date is YYYY, YYYY-MM or YYYY-MM-DD',
    ),
  );

export const sides = [
  'united-states',
  'iraq',
  'kurdistan-region',
  'coalition',
  'media',
  'other',
] as const;
export const side = z.enum(sides);

/** `joint`: a statement two or more governments issue together, a speaker of its own. */
export const speakerKinds = [
  'person',
  'anonymous',
  'institution',
  'outlet',
  'group',
  'joint',
] as const;

export const speakerSchema = z.strictObject({
  id,
  name: z.string().check(z.minLength(2)),
  /** Other ways a page names this speaker, used to find them in text ("al-Sudani", "Patel"). */
  aliases: z._default(z.array(z.string().check(z.minLength(3))), []),
  role: z.string().check(z.minLength(2)),
  affiliation: z.string().check(z.minLength(2)),
  side,
  kind: z.enum(speakerKinds),
  /** For a person who speaks through an institution (a prime minister and their office). */
  relatedSpeakerIds: z._default(z.array(id), []),
});

export const sourceSchema = z.strictObject({
  id,
  outlet: z.string().check(z.minLength(2)),
  headline: z.string().check(z.minLength(2)),
  /** A web address only: the card makes it a link, so `javascript:` and `data:` never pass. */
  url: z.nullable(z.url({ protocol: /^https?$/, hostname: z.regexes.domain })),
  published: isoDate,
  /** The outlet this one reports from, when the article cites another ("citing Al-Monitor"). */
  citing: z._default(z.nullable(z.string()), null),
  /**
   * The file name of the article under `shared/seeds/` or `shared/sources/`, so quotes can be
   * checked verbatim.
   */
  seedFile: z._default(z.nullable(z.string()), null),
});

export const topics = [
  'coalition-mission',
  'hmc',
  'withdrawal-vs-transition',
  'deadline',
  'troop-numbers',
  'iraq-request',
  'agreement-status',
  'bilateral-partnership',
  'syria',
  'kurdistan-region',
  'sovereignty',
  'attacks',
  'iraqi-politics',
] as const;
export const topic = z.enum(topics);

/** How a speaker names the change: the words the story is fought over. */
export const changeTerms = ['withdrawal', 'transition', 'end-of-mission', 'evolution'] as const;
export const changeTerm = z.enum(changeTerms);

export const deadlineSubjects = [
  'coalition-mission',
  'coalition-forces',
  'us-forces',
  'withdrawal-start',
  'us-advisers',
  /** Handing a base over to Iraqi forces (Ain al-Asad "next week"). */
  'base-handover',
] as const;
export const deadlinePlaces = [
  'federal-iraq',
  'kurdistan-region',
  'all-iraq',
  'syria-support',
] as const;
export const deadlineRelations = ['by', 'until-at-least', 'beyond', 'starting'] as const;

export const deadlineSchema = z.strictObject({
  /** What ends (or starts, for `starting`). */
  subject: z.enum(deadlineSubjects),
  where: z.enum(deadlinePlaces),
  relation: z.enum(deadlineRelations),
  /** `2025-09` for "September 2025", `2025-12` with `endOf: true` for "the end of 2025". */
  date: isoDate,
  /** The deadline is the end of the period named ("by the end of 2025"). */
  endOf: z._default(z.boolean(), false),
  /** The words of the source that state it, for display. */
  wording: z.string().check(z.minLength(3)),
});

export const positionSchema = z.strictObject({
  /** Terms the speaker uses for the change. */
  calls: z._default(z.array(changeTerm), []),
  /** Terms the speaker rejects ("not a withdrawal"). */
  rejects: z._default(z.array(changeTerm), []),
});

export const appearanceSchema = z.strictObject({
  sourceId: id,
  /** The quote exactly as this other source prints it, or null when it paraphrases. */
  quote: z.nullable(z.string().check(z.minLength(3))),
  /** Where this source's version disagrees with the claim's ("250 to 350" against "250 to 300"). */
  note: z._default(z.nullable(z.string().check(z.minLength(10))), null),
});

/**
 * What a claim says has happened (or is happening): the record a stated deadline is checked
 * against. "The global coalition has completed its mission in federal areas" is
 * `{ kind: 'completed', subject: 'coalition-mission', where: 'federal-iraq', date: '2025-11-26' }`.
 */
export const eventKinds = [
  /** The subject ended or left: the mission completed, the forces gone, the base handed over. */
  'completed',
  /** Part of the way: forces reduced, some bases left, a first phase begun. */
  'partial',
  /** The subject stays past a point: advisers kept at a base. */
  'kept',
  /** Something starts: the Syria phase begins. */
  'began',
] as const;

export const eventSchema = z.strictObject({
  kind: z.enum(eventKinds),
  subject: z.enum(deadlineSubjects),
  where: z.enum(deadlinePlaces),
  /** When it happened, at the precision the source gives. */
  date: isoDate,
  /** The words of the source that report it, for display. */
  wording: z.string().check(z.minLength(3)),
});

export const claimSchema = z.strictObject({
  id,
  speakerId: id,
  sourceId: id,
  /** When the statement was made; see `dateBasis`. */
  date: isoDate,
  /**
   * `said`: the source dates the statement itself. `reported`: the source gives no date, so
   * `date` is the publication date and the statement was made on or before it.
   */
  dateBasis: z.enum(['said', 'reported']),
  dateNote: z._default(z.nullable(z.string()), null),
  /** Exactly as printed in the source, without the surrounding quotation marks. */
  quote: z.nullable(z.string().check(z.minLength(3))),
  summary: z.string().check(z.minLength(10)),
  /** Who relays the statement when the source reports it second-hand ("Reuters"). */
  reportedBy: z._default(z.nullable(z.string()), null),
  topics: z.array(topic).check(z.minLength(1)),
  position: z._default(z.nullable(positionSchema), null),
  deadlines: z._default(z.array(deadlineSchema), []),
  /** Other sources that report the same statement. */
  alsoIn: z._default(z.array(appearanceSchema), []),
  /** What the claim reports as having happened, for checking deadlines against outcomes. */
  events: z._default(z.array(eventSchema), []),
});

export { contradictionKinds };

export const contradictionSchema = z.strictObject({
  id,
  kind: z.enum(contradictionKinds),
  claimIds: z.array(id).check(z.minLength(2)),
  /** One sentence a reader can check against both quotes. */
  summary: z.string().check(z.minLength(20)),
});

export const datasetSchema = z.strictObject({
  formatVersion: z.literal(DATASET_FORMAT_VERSION),
  story: z.strictObject({
    id,
    title: z.string().check(z.minLength(3)),
    description: z.string().check(z.minLength(3)),
  }),
  speakers: z.array(speakerSchema).check(z.minLength(1)),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  claims: z.array(claimSchema).check(z.minLength(1)),
  contradictions: z.array(contradictionSchema),
});

export type Side = z.infer<typeof side>;
export type Topic = z.infer<typeof topic>;
export type ChangeTerm = z.infer<typeof changeTerm>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type DatasetEvent = z.infer<typeof eventSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type { ContradictionKind } from '../model/vocabulary';
export type Contradiction = z.infer<typeof contradictionSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
/** The dataset as written in a file, before defaults are filled in. */
export type DatasetInput = z.input<typeof datasetSchema>;
