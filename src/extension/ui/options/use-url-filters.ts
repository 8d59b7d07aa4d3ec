/**
 * The options page's filters kept in the address: read from `location.search`, written with
 * `history.pushState` (a new entry, so Back undoes it) or `replaceState` (refining a query as
 * you type), and re-read on `popstate`.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type ClaimFilters, filtersFromParams, filtersToParams } from '../../../search/filters';

export type HistoryMode = 'push' | 'replace';

function readFilters(): ClaimFilters {
  return filtersFromParams(new URLSearchParams(location.search));
}

export function useUrlFilters(): [ClaimFilters, (next: ClaimFilters, mode: HistoryMode) => void] {
  const [filters, setFilters] = useState<ClaimFilters>(readFilters);

  useEffect(() => {
    const onPop = () => setFilters(readFilters());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((next: ClaimFilters, mode: HistoryMode) => {
    const params = filtersToParams(next).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    setFilters(next);
  }, []);

  return [filters, update];
}
