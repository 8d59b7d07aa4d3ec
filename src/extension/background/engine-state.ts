/**
 * The engine every tab shares, and what else the background reads from the active dataset: the
 * speakers detection needs (kept in `storage.local` for content scripts), the part of the
 * dataset a tab's report names, and what the dataset covers.
 *
 * Loaded on first use (the worker also wakes for events that need no engine), then kept until
 * the dataset or the sensitivity changes. One engine per sensitivity a tab asks for, so a tab
 * still running with the previous setting during a change gets consistent answers.
 */
import { browser } from 'wxt/browser';
import type { Catalogue } from '../../dataset/catalogue';
import { type Coverage, datasetCoverage } from '../../dataset/coverage';
import type { Dataset } from '../../dataset/schema';
import { createEngine, type Engine } from '../../engine/engine';
import { createOutcomes, type OutcomeIndex } from '../../findings/outcomes';
import { type ActiveDataset, loadActiveDataset, watchActiveDataset } from '../dataset/active';
import { AnswerCache, answerMatch } from '../match-answer';
import {
  type DetectorInfo,
  detectorItem,
  type MatchRequest,
  type MatchResponse,
} from '../messaging';
import type { PageReport } from '../report';
import { loadSettings, type Sensitivity, watchSettings } from '../settings';
import { catalogueForReport } from './tab-catalogue';

interface BuiltEngine {
  dataset: Dataset;
  datasetKey: string;
  engine: Engine;
}

/** Which dataset is active: changes with every import or revert. */
function datasetKeyOf(active: ActiveDataset): string {
  // The version too: an update may bundle a different dataset.
  const version = browser.runtime.getManifest().version;
  return `${version}:${active.origin}:${active.importedAt ?? ''}:${active.dataset.claims.length}`;
}

/** What detection needs from a dataset: its people only (see `createDetector`). */
function detectorInfoOf(active: ActiveDataset): DetectorInfo {
  return {
    datasetKey: datasetKeyOf(active),
    speakers: active.dataset.speakers.filter((s) => s.kind === 'person'),
  };
}

/** Today, `YYYY-MM-DD`. */
const today = (): string => new Date().toISOString().slice(0, 10);

export class EngineState {
  private active: Promise<ActiveDataset> | null = null;
  private readonly engines = new Map<Sensitivity, Promise<BuiltEngine>>();
  /** The last answers to `matchMentions`: a page checked again is not matched again. */
  private readonly answers = new AnswerCache();
  /** What became of the dataset's deadlines, for one dataset and day. */
  private outcomes: { key: string; index: OutcomeIndex } | null = null;

  /** The active dataset; on first load, its speakers are published for content scripts. */
  activeDataset(): Promise<ActiveDataset> {
    this.active ??= loadActiveDataset().then((loaded) => {
      void this.publishDetector(loaded);
      return loaded;
    });
    return this.active;
  }

  /** What detection needs from the active dataset. */
  async detectorInfo(): Promise<DetectorInfo> {
    return detectorInfoOf(await this.activeDataset());
  }

  /** A tab's request matched, from the cache when the same was asked today. */
  async match(request: MatchRequest): Promise<MatchResponse> {
    const { engine, dataset, datasetKey } = await this.engineFor(request.sensitivity);
    const day = today();
    const key = this.answers.keyOf(request, datasetKey, day);
    const known = this.answers.get(key);
    if (known) return known;
    const outcomes = this.outcomesOn(dataset, datasetKey, day);
    const answer = answerMatch(engine, request, datasetKey, outcomes.forClaim);
    this.answers.set(key, answer);
    return answer;
  }

  /** The part of the active dataset that shows `report`, deadlines' outcomes as of today. */
  async catalogueOf(report: PageReport): Promise<Catalogue> {
    const active = await this.activeDataset();
    const outcomes = this.outcomesOn(active.dataset, datasetKeyOf(active), today());
    return catalogueForReport(active.dataset, report, outcomes.forClaim);
  }

  /** What the active dataset covers (the popup's line on it). */
  async coverage(): Promise<Coverage> {
    return datasetCoverage((await this.activeDataset()).dataset);
  }

  /**
   * Follows imports, reverts and sensitivity changes from any context, until the returned
   * function is called.
   */
  watch(): () => void {
    const unwatchDataset = watchActiveDataset((next) => {
      this.active = Promise.resolve(next);
      this.engines.clear();
      this.answers.clear();
      this.outcomes = null;
      // Build for the current sensitivity before content scripts restart on the new speakers.
      void loadSettings()
        .then((settings) => this.engineFor(settings.sensitivity))
        .then(() => this.publishDetector(next));
    });
    const unwatchSettings = watchSettings((next) => {
      const { engines } = this;
      if (engines.has(next.sensitivity) && engines.size === 1) return;
      const keep = engines.get(next.sensitivity);
      engines.clear();
      if (keep) engines.set(next.sensitivity, keep);
      else void this.engineFor(next.sensitivity);
    });
    return () => {
      unwatchDataset();
      unwatchSettings();
    };
  }

  private engineFor(sensitivity: Sensitivity): Promise<BuiltEngine> {
    let state = this.engines.get(sensitivity);
    if (!state) {
      state = this.activeDataset().then((loaded) => ({
        dataset: loaded.dataset,
        datasetKey: datasetKeyOf(loaded),
        engine: createEngine(loaded.dataset, { sensitivity }),
      }));
      // A failed build is not kept: the next request tries again.
      state.catch(() => {
        if (this.engines.get(sensitivity) === state) this.engines.delete(sensitivity);
      });
      this.engines.set(sensitivity, state);
    }
    return state;
  }

  private outcomesOn(dataset: Dataset, datasetKey: string, day: string): OutcomeIndex {
    const key = `${datasetKey}:${day}`;
    if (this.outcomes?.key !== key) {
      this.outcomes = { key, index: createOutcomes(dataset.claims, dataset.speakers, day) };
    }
    return this.outcomes.index;
  }

  /** Keeps the detector's speakers in storage for content scripts (written only on change). */
  private async publishDetector(loaded: ActiveDataset): Promise<void> {
    const info = detectorInfoOf(loaded);
    try {
      const stored = await detectorItem.getValue();
      if (stored?.datasetKey === info.datasetKey) return;
      await detectorItem.setValue(info);
    } catch (error) {
      console.warn('[coalition-claims-check] could not store the detector speakers:', error);
    }
  }
}
