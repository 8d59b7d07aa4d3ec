/**
 * The content script's side of its messages to the background: the speakers detection needs,
 * matching (`MatchService`), and the page's report. A background that is asleep or restarting
 * costs the page nothing but its matches: nothing here rejects.
 */
import {
  type DetectorInfo,
  detectorItem,
  parseDetectorInfo,
  sendMessage,
  toWireMention,
} from '../messaging';
import type { PageReport } from '../report';
import type { Sensitivity } from '../settings';
import type { MatchService } from './match-queue';

/** Wait before the one retry of a message the background did not answer (it may be waking). */
const RETRY_MS = 250;

/**
 * Sends a message to the background, once more if it fails (the service worker restarting), and
 * resolves null if that fails too: never rejects, so a sleeping worker costs a page nothing but
 * its matches.
 */
export async function ask<T>(send: () => Promise<T | null | undefined>): Promise<T | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const answer = await send();
      if (answer !== null && answer !== undefined) return answer;
    } catch {
      // Receiving end missing or context invalidated: try once more below.
    }
    if (attempt === 0) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  return null;
}

/**
 * The speakers detection needs: from `storage.local`, where the background keeps them, so a page
 * starts without waking the service worker (or waiting for it to load the dataset); from the
 * background itself when the key is not there yet. Empty when neither answers: detection then
 * finds everything but people named.
 */
export async function loadDetectorInfo(): Promise<DetectorInfo> {
  const stored = parseDetectorInfo(await detectorItem.getValue().catch(() => null));
  if (stored) return stored;
  const sent = await ask(() => sendMessage('getDetector', undefined));
  return parseDetectorInfo(sent) ?? { datasetKey: '', speakers: [] };
}

/** Matching by the background's engine, with the sensitivity the tab runs with at the time. */
export function backgroundMatchService(sensitivity: () => Sensitivity): MatchService {
  return {
    match: (request) =>
      ask(() =>
        sendMessage('matchMentions', {
          text: request.text,
          mentions: request.mentions.map(toWireMention),
          published: request.published,
          site: request.site,
          signer: request.signer,
          people: [...request.people],
          sensitivity: sensitivity(),
        }),
      ),
  };
}

/** Hands the page's latest report to the background, for the badge and the popup. */
export function sendReport(report: PageReport): void {
  sendMessage('reportPage', report).catch(() => {
    // The background may be restarting; the next report brings it up to date.
  });
}
