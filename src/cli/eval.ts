/**
 * `npm run eval [-- --verbose]`: how well the engine finds mentions and attributes claims on
 * the labelled articles it was not written from.
 */
import { bundledDataset } from '../dataset/bundled';
import { createEngine } from '../engine/engine';
import { mentionKinds } from '../engine/types';
import { evaluateCorpus } from '../eval/corpus';
import { totals } from '../eval/score';

const verbose = process.argv.includes('--verbose');
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

const scores = await evaluateCorpus(createEngine(bundledDataset));
const t = totals(scores);

console.log(
  `${'page'.padEnd(34)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'speaker'.padStart(8)} ${'abstain'.padStart(8)}`,
);
for (const s of scores) {
  const p = s.predicted === 0 ? 1 : s.predictedCorrect / s.predicted;
  const r = s.gold === 0 ? 1 : s.goldFound / s.gold;
  const a = s.attributed === 0 ? '-' : `${s.attributedCorrect}/${s.attributed}`;
  const u = s.unknowable === 0 ? '-' : `${s.abstained}/${s.unknowable}`;
  const tag = s.relevant ? '' : ` (unrelated: ${s.predicted} highlights)`;
  console.log(
    `${s.file.padEnd(34)} ${pct(p).padStart(6)} ${pct(r).padStart(6)} ${a.padStart(8)} ${u.padStart(8)}${tag}`,
  );
  if (verbose) for (const e of s.errors) console.log(`    ${e}`);
}
console.log('');
console.log('kind        precision  recall');
for (const kind of mentionKinds) {
  const k = scores.reduce(
    (acc, s) => {
      const b = s.byKind[kind];
      if (b) {
        acc.p += b.predicted;
        acc.pc += b.predictedCorrect;
        acc.g += b.gold;
        acc.gf += b.goldFound;
      }
      return acc;
    },
    { p: 0, pc: 0, g: 0, gf: 0 },
  );
  console.log(
    `${kind.padEnd(11)} ${pct(k.p ? k.pc / k.p : 1).padStart(9)} ${pct(k.g ? k.gf / k.g : 1).padStart(7)}   (${k.gf}/${k.g} found, ${k.pc}/${k.p} right)`,
  );
}
console.log('');
console.log(
  `pages ${t.pages}, labelled mentions ${t.mentions}, attributed sentences ${t.attributed}, unknowable sentences ${t.unknowable}`,
);
console.log(`mention precision     ${pct(t.precision)}`);
console.log(`mention recall        ${pct(t.recall)}`);
console.log(
  `top-1 speaker         ${pct(t.speakerAccuracy)}  (labelled sentences whose best claim has the labelled speaker)`,
);
console.log(
  `attribution precision ${pct(t.attributionPrecision)}  (sentences given a claim that got the right speaker)`,
);
console.log(
  `abstains when unknown ${pct(t.abstention)}  (sentences the dataset cannot know that got no claim)`,
);
console.log(`unrelated highlights  ${t.unrelatedHighlights}`);
