import { render } from 'preact';
import { bundledDataset } from '../../src/dataset/bundled';

function Options() {
  const speakerNames = new Map(bundledDataset.speakers.map((s) => [s.id, s.name]));
  return (
    <>
      <h1>Coalition Claims Check — Options</h1>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">Claims in the dataset</h2>
        <ul data-testid="claim-list">
          {bundledDataset.claims.map((claim) => (
            <li key={claim.id} data-testid="claim">
              <strong>{speakerNames.get(claim.speakerId) ?? claim.speakerId}</strong>,{' '}
              <time dateTime={claim.date}>{claim.date}</time>: {claim.summary}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
