import { useMemo } from 'preact/hooks';
import type { DeadlineOutcome } from '../../../dataset/catalogue';
import { datasetCoverage } from '../../../dataset/coverage';
import type { Claim, Dataset, Speaker } from '../../../dataset/schema';
import { topics } from '../../../dataset/schema';
import { coverageText, SIDE_LABELS, TOPIC_LABELS } from '../../../present/words';
import { type ClaimFilters, hasFilters, NO_FILTERS } from '../../../search/filters';
import type { SearchHit } from '../../../search/search';
import { ClaimCard } from './ClaimCard';
import type { HistoryMode } from './use-url-filters';

export interface SearchPanelProps {
  /** The dataset, with what became of its deadlines as of today. */
  dataset: Dataset & { outcomes: readonly DeadlineOutcome[] };
  filters: ClaimFilters;
  onFilters: (next: ClaimFilters, mode: HistoryMode) => void;
  hits: SearchHit[];
  selectedId: string | null;
  onOpenClaim: (claimId: string) => void;
}

/** Search box, filters and the list of matching claims. */
export function SearchPanel({
  dataset,
  filters,
  onFilters,
  hits,
  selectedId,
  onOpenClaim,
}: SearchPanelProps) {
  const speakersWithClaims = useMemo(() => {
    const used = new Set(dataset.claims.map((c) => c.speakerId));
    return dataset.speakers
      .filter((s) => used.has(s.id))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [dataset]);
  const sidesPresent = useMemo(() => [...new Set(dataset.speakers.map((s) => s.side))], [dataset]);
  const coverage = useMemo(() => coverageText(datasetCoverage(dataset)), [dataset]);
  const outcomesOf = useMemo(() => {
    const byClaim = new Map<string, DeadlineOutcome[]>();
    for (const outcome of dataset.outcomes) {
      const list = byClaim.get(outcome.claimId) ?? [];
      list.push(outcome);
      byClaim.set(outcome.claimId, list);
    }
    return (id: string) => byClaim.get(id) ?? [];
  }, [dataset]);
  const lookup = useMemo(() => {
    const claims = new Map<string, Claim>(dataset.claims.map((c) => [c.id, c]));
    const speakers = new Map<string, Speaker>(dataset.speakers.map((s) => [s.id, s]));
    return (id: string) => {
      const claim = claims.get(id);
      return claim ? { claim, speaker: speakers.get(claim.speakerId) } : undefined;
    };
  }, [dataset]);

  const set = (patch: Partial<ClaimFilters>) => onFilters({ ...filters, ...patch }, 'push');
  const total = dataset.claims.length;

  return (
    <section aria-labelledby="search-heading" class="panel">
      <h2 id="search-heading">Search the claims</h2>
      <p class="muted dataset-summary" data-testid="dataset-summary">
        {coverage}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not in Preact's JSX types; a form with role=search is equivalent */}
      <form role="search" class="search-form" onSubmit={(event) => event.preventDefault()}>
        <div class="field field-wide">
          <label for="q">Search quotes, summaries, speakers, roles and outlets</label>
          <input
            id="q"
            type="search"
            autoComplete="off"
            spellcheck={false}
            value={filters.q}
            placeholder="e.g. withdrawal, end of 2025, Patel"
            onInput={(event) =>
              onFilters(
                { ...filters, q: event.currentTarget.value },
                filters.q === '' ? 'push' : 'replace',
              )
            }
          />
        </div>
        <fieldset class="filters">
          <legend>Filters</legend>
          <div class="field">
            <label for="f-speaker">Speaker</label>
            <select
              id="f-speaker"
              value={filters.speaker ?? ''}
              onChange={(event) => set({ speaker: event.currentTarget.value || null })}
            >
              <option value="">Any speaker</option>
              {speakersWithClaims.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-side">Side</label>
            <select
              id="f-side"
              value={filters.side ?? ''}
              onChange={(event) =>
                set({ side: (event.currentTarget.value || null) as ClaimFilters['side'] })
              }
            >
              <option value="">Any side</option>
              {sidesPresent.map((side) => (
                <option key={side} value={side}>
                  {SIDE_LABELS[side]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-topic">Topic</label>
            <select
              id="f-topic"
              value={filters.topic ?? ''}
              onChange={(event) =>
                set({ topic: (event.currentTarget.value || null) as ClaimFilters['topic'] })
              }
            >
              <option value="">Any topic</option>
              {topics.map((topic) => (
                <option key={topic} value={topic}>
                  {TOPIC_LABELS[topic]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-from">Said from</label>
            <input
              id="f-from"
              type="date"
              value={filters.from ?? ''}
              onChange={(event) => set({ from: event.currentTarget.value || null })}
            />
          </div>
          <div class="field">
            <label for="f-to">Said until</label>
            <input
              id="f-to"
              type="date"
              value={filters.to ?? ''}
              onChange={(event) => set({ to: event.currentTarget.value || null })}
            />
          </div>
          <div class="field field-check">
            <input
              id="f-contradicted"
              type="checkbox"
              checked={filters.contradicted}
              onChange={(event) => set({ contradicted: event.currentTarget.checked })}
            />
            <label for="f-contradicted">Only claims in a contradiction</label>
          </div>
          <div class="field field-button">
            <button
              type="button"
              disabled={!hasFilters(filters)}
              onClick={() => onFilters(NO_FILTERS, 'push')}
            >
              Clear search and filters
            </button>
          </div>
        </fieldset>
      </form>
      <p class="result-count" role="status" aria-live="polite" data-testid="result-count">
        {hits.length === total
          ? `Showing all ${total} claims`
          : `${hits.length} of ${total} claims match`}
      </p>
      {hits.length === 0 && (
        <p class="empty">No claim matches. Try fewer words or clear a filter.</p>
      )}
      <ol class="claim-list" data-testid="claim-list" aria-labelledby="search-heading">
        {hits.map((hit) => (
          <ClaimCard
            key={hit.entry.claim.id}
            hit={hit}
            lookup={lookup}
            outcomes={outcomesOf(hit.entry.claim.id)}
            selected={hit.entry.claim.id === selectedId}
            onOpenClaim={onOpenClaim}
          />
        ))}
      </ol>
    </section>
  );
}
