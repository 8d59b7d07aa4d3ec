import { useState } from 'preact/hooks';
import { datasetToClaimReviewJson, datasetToJson, exportFileName } from '../../../dataset/export';
import type { DatasetProblem } from '../../../dataset/load';
import { type ActiveDataset, importDataset, revertToBundled } from '../../dataset/active';
import { downloadText } from './download';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'error'; name: string; problems: DatasetProblem[] }
  | { kind: 'done'; name: string; claims: number };

/** Export the active dataset; import a replacement (validated); revert to the bundled one. */
export function DatasetPanel({ active }: { active: ActiveDataset }) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const { dataset } = active;

  const importFile = async (file: File) => {
    setState({ kind: 'busy', name: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setState({
        kind: 'error',
        name: file.name,
        problems: [{ path: '(file)', message: `could not be read: ${String(error)}` }],
      });
      return;
    }
    const result = await importDataset(text);
    setState(
      result.ok
        ? { kind: 'done', name: file.name, claims: result.dataset.claims.length }
        : { kind: 'error', name: file.name, problems: result.problems },
    );
  };

  return (
    <section aria-labelledby="dataset-heading" class="panel">
      <h2 id="dataset-heading">Dataset</h2>
      <div class="dataset-status" data-testid="dataset-status">
        {active.origin === 'imported' ? (
          <p>
            <strong>Using imported dataset ({dataset.claims.length} claims)</strong>
            {active.importedAt && (
              <span class="muted"> imported {new Date(active.importedAt).toLocaleString()}</span>
            )}{' '}
            —{' '}
            <button
              type="button"
              onClick={() => {
                setState({ kind: 'idle' });
                void revertToBundled();
              }}
            >
              Revert to bundled
            </button>
          </p>
        ) : (
          <p>
            Using the bundled dataset ({dataset.claims.length} claims,{' '}
            {dataset.contradictions.length} contradictions, {dataset.sources.length} sources).
          </p>
        )}
        {active.rejectedImport && (
          <p class="warning" role="alert">
            Your imported dataset can no longer be used ({active.rejectedImport.problems[0]?.path}:{' '}
            {active.rejectedImport.problems[0]?.message}); the bundled dataset is used instead.
          </p>
        )}
      </div>
      <h3>Export</h3>
      <p class="buttons">
        <button
          type="button"
          onClick={() =>
            downloadText(datasetToJson(dataset), exportFileName('dataset'), 'application/json')
          }
        >
          Export dataset (JSON)
        </button>{' '}
        <button
          type="button"
          onClick={() =>
            downloadText(
              datasetToClaimReviewJson(dataset),
              exportFileName('claimreview'),
              'application/ld+json',
            )
          }
        >
          Export as ClaimReview (JSON-LD)
        </button>
      </p>
      <h3>Import</h3>
      <p class="muted">
        A dataset file replaces the bundled dataset everywhere once it passes every check; a file
        with problems changes nothing.
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for files; keyboard users use the file input inside it */}
      <div
        class={`drop-zone${dragging ? ' is-dragging' : ''}`}
        data-testid="drop-zone"
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files[0];
          if (file) void importFile(file);
        }}
      >
        <label for="import-file">Choose a dataset file (.json)</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file)
              void importFile(file).finally(() => {
                input.value = '';
              });
          }}
        />
        <span class="muted">or drop it here</span>
      </div>
      <div aria-live="polite" data-testid="import-result">
        {state.kind === 'busy' && <p>Checking {state.name}…</p>}
        {state.kind === 'done' && (
          <p class="ok">
            Imported {state.name}: {state.claims} claims are now used everywhere.
          </p>
        )}
      </div>
      {state.kind === 'error' && (
        <div class="error-box" role="alert" data-testid="import-error">
          <p>
            <strong>{state.name} was not imported</strong>, nothing was changed. First problems:
          </p>
          <ul class="error-list">
            {state.problems.slice(0, 5).map((p) => (
              <li key={`${p.path}:${p.message}`}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          {state.problems.length > 5 && <p>…and {state.problems.length - 5} more.</p>}
        </div>
      )}
    </section>
  );
}
