import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { type ClaimFilters, NO_FILTERS, runQuery } from '../../../search/filters';
import { createClaimSearch } from '../../../search/search';
import { type ActiveDataset, loadActiveDataset, watchActiveDataset } from '../../dataset/active';
import { loadSettingsReport, type Settings, watchSettings } from '../../settings/settings';
import { withOutcomes } from '../card/with-outcomes';
import { claimAnchor } from './ClaimCard';
import { DatasetPanel } from './DatasetPanel';
import { SearchPanel } from './SearchPanel';
import { SettingsPanel } from './SettingsPanel';
import { Timeline } from './Timeline';
import { useUrlFilters } from './use-url-filters';

/** The options page: search and timeline of the claims, settings, dataset import/export. */
export function OptionsApp() {
  const [active, setActive] = useState<ActiveDataset | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsProblems, setSettingsProblems] = useState<string[]>([]);
  const [filters, setFilters] = useUrlFilters();
  const [selected, setSelected] = useState<{ id: string; n: number } | null>(null);

  useEffect(() => {
    void loadActiveDataset().then(setActive);
    void loadSettingsReport().then((report) => {
      setSettings(report.settings);
      setSettingsProblems(report.problems);
    });
    const stopDataset = watchActiveDataset(setActive);
    const stopSettings = watchSettings(setSettings);
    return () => {
      stopDataset();
      stopSettings();
    };
  }, []);

  // What became of each deadline, as of today.
  const dataset = useMemo(() => (active ? withOutcomes(active.dataset) : null), [active]);
  const search = useMemo(() => (active ? createClaimSearch(active.dataset) : null), [active]);
  const hits = useMemo(() => (search ? runQuery(search, filters) : []), [search, filters]);

  const openClaim = useCallback(
    (id: string) => {
      if (!hits.some((hit) => hit.entry.claim.id === id))
        setFilters(NO_FILTERS as ClaimFilters, 'push');
      setSelected((prev) => ({ id, n: (prev?.n ?? 0) + 1 }));
    },
    [hits, setFilters],
  );

  // Scroll to and focus the opened claim once it is rendered.
  useEffect(() => {
    if (!selected) return;
    const el = document.getElementById(claimAnchor(selected.id));
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [selected]);

  // A bookmarked `#claim-…` opens that claim.
  useEffect(() => {
    if (!active) return;
    const match = /^#claim-([a-z0-9-]+)$/.exec(location.hash);
    if (match?.[1]) setSelected({ id: match[1], n: 0 });
  }, [active]);

  return (
    <>
      <header class="page-header">
        <h1>Coalition Claims Check — Options</h1>
        <nav aria-label="Sections">
          <ul>
            <li>
              <a href="#timeline-heading">Timeline</a>
            </li>
            <li>
              <a href="#search-heading">Search</a>
            </li>
            <li>
              <a href="#settings-heading">Settings</a>
            </li>
            <li>
              <a href="#dataset-heading">Dataset</a>
            </li>
          </ul>
        </nav>
      </header>
      {!active || !dataset || !settings || !search ? (
        <main>
          <p role="status">Loading…</p>
        </main>
      ) : (
        <div class="layout">
          <main>
            <Timeline dataset={dataset} onOpenClaim={openClaim} />
            <SearchPanel
              dataset={dataset}
              filters={filters}
              onFilters={setFilters}
              hits={hits}
              selectedId={selected?.id ?? null}
              onOpenClaim={openClaim}
            />
          </main>
          <aside aria-label="Settings and dataset">
            <SettingsPanel settings={settings} problems={settingsProblems} />
            <DatasetPanel active={active} />
          </aside>
        </div>
      )}
    </>
  );
}
