import { render } from 'preact';
import { bundledDataset } from '../../src/dataset/bundled';

function Popup() {
  const claims = bundledDataset.claims.length;
  const sources = bundledDataset.sources.length;
  return (
    <>
      <h1>Coalition Claims Check</h1>
      <p data-testid="dataset-summary">
        {claims} claims from {sources} sources
      </p>
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
