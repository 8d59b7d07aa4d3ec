/**
 * Typed messages between the content script, the background and the popup
 * (`@webext-core/messaging`). Every handler is registered through `handleMessage`, which accepts
 * a message only from the context it expects (`fromContentScript`, `fromExtensionPage`,
 * `fromExtension`: the same checks in Chrome and Firefox) and only with a payload its zod schema
 * accepts.
 *
 *   content → background   `reportPage(PageReport)`          the tab's latest summary
 *   content → background   `getDetector()`                   → the speakers detection needs
 *   content → background   `matchMentions(MatchRequest)`     → matched mentions, their findings
 *                                                               and their catalogue
 *   popup   → background   `getReport({ tabId })`            → the tab's summary with the part
 *                                                               of the dataset that shows it
 *   popup   → background   `getCoverage()`                   → what the active dataset covers
 *   background → popup     `reportChanged({ tabId })`        a tab's summary changed
 *   popup   → content      `jumpToMention({ id })`           → whether the mention was found
 *   popup   → content      `rescan()`                        re-read settings and check again
 *
 * Matching runs in the background, where one engine serves every tab: a tab sends only the
 * sentences that hold its mentions (`packSentences`), never the page, and each batch of
 * sentences crosses once. The answer holds everything the tab's cards and report need for those
 * sentences: speakers, relations, the findings they bring up (the dataset's contradictions of
 * the claims they report, their conflicts with the record) and the catalogue. The tab keeps the
 * findings with its mentions; the page's findings are the union over batches, by id.
 *
 * This module is part of the content script: it imports nothing at run time that the content
 * script does not need (no dataset schema, no report schema).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import type { Catalogue } from '../dataset/catalogue';
import type { Coverage } from '../dataset/coverage';
import type { Speaker } from '../dataset/schema';
import {
  type ClaimMatch,
  type Finding,
  type Mention,
  mentionKinds,
  type PageSpeaker,
} from '../model/types';
import type { PageReport } from './report';
import { sensitivities } from './settings/settings';

export const tabRequestSchema = z.strictObject({ tabId: z.int().check(z.minimum(0)) });
export const jumpRequestSchema = z.strictObject({ id: z.int().check(z.minimum(0)) });

/** Most text one `matchMentions` request may carry (characters): a few hundred sentences. */
export const MATCH_TEXT_LIMIT = 500_000;
/** Most mentions one `matchMentions` request may carry. */
export const MATCH_MENTION_LIMIT = 2_000;
/** Most official names a page sends with a batch. */
export const MATCH_PEOPLE_LIMIT = 500;

/**
 * The schemas of what content scripts send the background, built on first use: only the
 * background validates these, so the content script neither bundles nor builds them.
 */
function buildRequestSchemas() {
  const offset = z.int().check(z.minimum(0));
  const mentionShape = {
    start: offset,
    end: offset,
    text: z.string(),
    kind: z.enum(mentionKinds),
    sentenceStart: offset,
    sentenceEnd: offset,
    deadline: z.optional(z.strictObject({ date: z.string(), endOf: z.boolean() })),
    speakerId: z.optional(z.string()),
  };
  return {
    match: z.strictObject({
      /** Packed sentences (`packSentences`); mention offsets are in this text. */
      text: z.string().check(z.maxLength(MATCH_TEXT_LIMIT)),
      mentions: z.array(z.strictObject(mentionShape)).check(z.maxLength(MATCH_MENTION_LIMIT)),
      /** The page's publication date, `YYYY-MM-DD`, or null. */
      published: z.nullable(z.string()),
      /** The publication the page names itself by, or null. */
      site: z.nullable(z.string().check(z.maxLength(200))),
      /** Who signs the page in its own voice when the publication does not, or null. */
      signer: z.nullable(
        z.strictObject({
          name: z.string().check(z.maxLength(200)),
          kind: z.enum(['person', 'institution']),
        }),
      ),
      /** The officials the whole page names. */
      people: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(MATCH_PEOPLE_LIMIT)),
      /** The sensitivity the tab runs with: the background uses the engine built for it. */
      sensitivity: z.enum(sensitivities),
    }),
  };
}

type RequestSchemas = ReturnType<typeof buildRequestSchemas>;
let requestSchemas: RequestSchemas | undefined;

/** Validators for the background's `matchMentions` requests. */
export function messageSchemas(): RequestSchemas {
  requestSchemas ??= buildRequestSchemas();
  return requestSchemas;
}

export type MatchRequest = z.infer<RequestSchemas['match']>;

export type TabRequest = z.infer<typeof tabRequestSchema>;
export type JumpRequest = z.infer<typeof jumpRequestSchema>;

/** What detection needs from the active dataset: its people, and which dataset that is. */
export interface DetectorInfo {
  /** Changes whenever the active dataset does. */
  datasetKey: string;
  /** The dataset's speakers of kind `person` (the only ones detection looks for by name). */
  speakers: Speaker[];
}

/** One matched mention of a `matchMentions` request, by its offsets in the packed text. */
export interface MatchedSpan {
  start: number;
  end: number;
  claims: ClaimMatch[];
  /** Who the page credits with the mention's sentence; null for the outlet's own voice. */
  speaker: PageSpeaker | null;
  /** Ids of the response's `findings` that concern this mention. */
  findingIds: string[];
}

/**
 * A finding of one batch of sentences, without mention indexes: the mentions it concerns name
 * it in their `findingIds`. Ids are stable across batches: a dataset contradiction's id, or
 * `page-<kind>-<claimId>-<hash of the sentence>` for a conflict between a sentence and a claim.
 */
export type BatchFinding = Omit<Finding, 'mentionIndexes'>;

export interface MatchResponse {
  datasetKey: string;
  /**
   * The request's mentions that are mentions (a `quote` reprinting no claim is dropped), with
   * their claims; identify them by offsets, not by index.
   */
  mentions: MatchedSpan[];
  /** The findings these sentences bring up, each named by the mentions it concerns. */
  findings: BatchFinding[];
  /** Everything a card needs to show these mentions' claims and their findings. */
  catalogue: Catalogue;
}

/** A tab's report as the popup gets it: with the part of the dataset that shows it. */
export interface TabReport {
  report: PageReport;
  /**
   * The claims the report names (with the other claims of their contradictions), their speakers
   * and sources, the dataset's speakers the page credits, and what became of the claims'
   * deadlines as of today.
   */
  catalogue: Catalogue;
}

interface ProtocolMap {
  reportPage(report: PageReport): void;
  getDetector(): DetectorInfo | null;
  matchMentions(request: MatchRequest): MatchResponse | null;
  getReport(request: TabRequest): TabReport | null;
  getCoverage(): Coverage | null;
  reportChanged(request: TabRequest): void;
  jumpToMention(request: JumpRequest): boolean;
  rescan(): void;
}

export type MessageType = keyof ProtocolMap;
type DataOf<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
type AnswerOf<K extends MessageType> = ReturnType<ProtocolMap[K]>;

export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });

export const { sendMessage, onMessage } = messenger;

/**
 * The detector's speakers, kept in `storage.local` by the background whenever the active dataset
 * changes, so a content script starts detecting without waking the service worker (and without
 * waiting for it to load and validate the dataset). `getDetector()` answers the same when the
 * key is not there yet.
 */
export const detectorItem = storage.defineItem<DetectorInfo | null>('local:detector', {
  fallback: null,
});

/** The stored or sent detector info when it has the shape detection relies on, else null. */
export function parseDetectorInfo(value: unknown): DetectorInfo | null {
  // Only the fields detection reads are checked: the rest of a speaker is never used here.
  if (typeof value !== 'object' || value === null) return null;
  const { datasetKey, speakers } = value as Partial<Record<keyof DetectorInfo, unknown>>;
  if (typeof datasetKey !== 'string' || !Array.isArray(speakers)) return null;
  const valid = speakers.every((speaker: unknown) => {
    if (typeof speaker !== 'object' || speaker === null) return false;
    const { id, name, aliases, kind } = speaker as Record<string, unknown>;
    return (
      typeof id === 'string' &&
      typeof name === 'string' &&
      typeof kind === 'string' &&
      Array.isArray(aliases) &&
      aliases.every((alias) => typeof alias === 'string')
    );
  });
  return valid ? (value as DetectorInfo) : null;
}

/** The mention fields the engine reads: what crosses to the background. */
export function toWireMention(mention: Mention): Mention {
  const out: Mention = {
    start: mention.start,
    end: mention.end,
    text: mention.text,
    kind: mention.kind,
    sentenceStart: mention.sentenceStart,
    sentenceEnd: mention.sentenceEnd,
  };
  if (mention.deadline)
    out.deadline = { date: mention.deadline.date, endOf: mention.deadline.endOf };
  if (mention.speakerId !== undefined) out.speakerId = mention.speakerId;
  return out;
}

/** The parts of `runtime.MessageSender` the checks below look at. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Who this extension is: its id, and `runtime.getURL('/')`, the address its pages start with. */
export interface OwnIdentity {
  id: string;
  /**
   * `chrome-extension://<id>/` in Chromium, `moz-extension://<uuid>/` in Firefox, where the
   * address carries a per-profile uuid rather than the extension's id.
   */
  base: string;
}

/**
 * Which senders a handler accepts: what it learns about an accepted sender, or null to refuse.
 * One of `fromContentScript`, `fromExtensionPage`, `fromExtension`.
 */
export type SenderCheck<S> = (sender: SenderLike | undefined, own: OwnIdentity) => S | null;

/** This extension's content script in the top frame of a tab; the handler learns the tab. */
export const fromContentScript: SenderCheck<{ tabId: number }> = (sender, own) =>
  isOwnContentScript(sender, own.id) ? { tabId: sender.tab.id } : null;

/** One of this extension's pages (popup, options), told apart from content scripts by address. */
export const fromExtensionPage: SenderCheck<Record<string, never>> = (sender, own) =>
  isOwnExtensionPage(sender, own.id, own.base) ? {} : null;

/** Any of this extension's own contexts (the background, a page, a content script). */
export const fromExtension: SenderCheck<Record<string, never>> = (sender, own) =>
  isOwnSender(sender, own.id) ? {} : null;

/** Validates a payload: a zod schema. */
export interface PayloadSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export interface HandlerOptions<K extends MessageType, S, T> {
  /** Who may send it (`fromContentScript`, `fromExtensionPage`, `fromExtension`). */
  from: SenderCheck<S>;
  /**
   * The payload's schema (or a function giving it, for one built on first use); without one,
   * the message carries no payload.
   */
  schema?: PayloadSchema<T> | (() => PayloadSchema<T>);
  /** The answer to a message from anyone else, or with a payload the schema refuses. */
  refused: AnswerOf<K>;
}

/**
 * Handles messages of one type: only from the senders `options.from` accepts, only with a
 * payload `options.schema` accepts; anything else gets `options.refused` and never reaches
 * `handler`. Returns the function that removes the handler.
 */
export function handleMessage<K extends MessageType, S, T = DataOf<K>>(
  type: K,
  options: HandlerOptions<K, S, T>,
  handler: (data: T, sender: S) => AnswerOf<K> | Promise<AnswerOf<K>>,
): () => void {
  const own: OwnIdentity = { id: browser.runtime.id, base: browser.runtime.getURL('/') };
  return onMessage(type, (message) => {
    const sender = options.from(message.sender, own);
    if (!sender) return options.refused;
    const schema = typeof options.schema === 'function' ? options.schema() : options.schema;
    if (!schema) return handler(message.data as T, sender);
    const parsed = schema.safeParse(message.data);
    return parsed.success ? handler(parsed.data, sender) : options.refused;
  });
}

/** Whether a message comes from one of this extension's own contexts (not a web page). */
export function isOwnSender(sender: SenderLike | undefined, extensionId: string): boolean {
  return !!sender && sender.id === extensionId;
}

/** Whether the sender is this extension's content script in the top frame of a tab. */
export function isOwnContentScript(
  sender: SenderLike | undefined,
  extensionId: string,
): sender is SenderLike & { tab: { id: number } } {
  return (
    isOwnSender(sender, extensionId) &&
    typeof sender?.tab?.id === 'number' &&
    (sender.frameId === undefined || sender.frameId === 0)
  );
}

/**
 * Whether the sender is an extension page (popup, options), not a content script.
 * `extensionBase` is `browser.runtime.getURL('')`: `chrome-extension://<id>/` in Chromium,
 * `moz-extension://<uuid>/` in Firefox, where the page's host is not the extension's id.
 */
export function isOwnExtensionPage(
  sender: SenderLike | undefined,
  extensionId: string,
  extensionBase: string,
): boolean {
  if (!isOwnSender(sender, extensionId) || !extensionBase.endsWith('/')) return false;
  const url = sender?.url ?? sender?.origin ?? '';
  return url.startsWith(extensionBase) || url === extensionBase.slice(0, -1);
}
