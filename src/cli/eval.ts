/**
 * `npm run eval [-- --verbose]`: how well the engine finds mentions and reads who says what, on
 * three labelled sets: the first corpus, the wire-style corpus (2024–2026 styles and hard
 * unrelated pages), and the real articles in `../shared/` (when present).
 */
import { bundledDataset } from '../dataset/bundled';
import { createEngine } from '../engine/engine';
import { evaluateCorpus, evaluateShared, evaluateWire, sharedPresent } from '../eval/corpus';
import { type PageScore, totals } from '../eval/score';
import { mentionKinds } from '../model/types';

const verbose = process.argv.includes('--verbose');
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const ratio = (a: number, b: number): string => (b === 0 ? '-' : `${pct(a / b)} (${a}/${b})`);

function report(title: string, scores: readonly PageScore[]): void {
  const t = totals(scores);
  console.log(`\n== ${title} ==`);
  console.log(
    `${'page'.padEnd(44)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'speaker'.padStart(8)} ${'claim'.padStart(8)}`,
  );
  for (const s of scores) {
    const p = s.predicted === 0 ? 1 : s.predictedCorrect / s.predicted;
    const r = s.gold === 0 ? 1 : s.goldFound / s.gold;
    const st = s.statements;
    const speaker = st.statements > 0 ? `${st.speakerRight}/${st.statements}` : '-';
    const claim =
      st.statements > 0
        ? st.relatable === 0
          ? '-'
          : `${st.relationRight}/${st.relatable}`
        : s.attributed === 0
          ? '-'
          : `${s.attributedCorrect}/${s.attributed}`;
    const tag = s.relevant ? '' : ` (unrelated: ${s.predicted} highlights)`;
    console.log(
      `${s.file.slice(-44).padEnd(44)} ${pct(p).padStart(6)} ${pct(r).padStart(6)} ${speaker.padStart(8)} ${claim.padStart(8)}${tag}`,
    );
    if (verbose) for (const e of s.errors) console.log(`    ${e}`);
  }
  console.log('kind        precision  recall');
  for (const kind of mentionKinds) {
    let p = 0;
    let pc = 0;
    let g = 0;
    let gf = 0;
    for (const s of scores) {
      const b = s.byKind[kind];
      if (!b) continue;
      p += b.predicted;
      pc += b.predictedCorrect;
      g += b.gold;
      gf += b.goldFound;
    }
    if (p + g === 0) continue;
    console.log(
      `${kind.padEnd(11)} ${pct(p ? pc / p : 1).padStart(9)} ${pct(g ? gf / g : 1).padStart(7)}   (${gf}/${g} found, ${pc}/${p} right)`,
    );
  }
  console.log(
    `pages ${t.pages} (${scores.filter((s) => !s.relevant).length} unrelated), labelled mentions ${t.mentions}`,
  );
  console.log(`mention precision      ${pct(t.precision)}`);
  console.log(`mention recall         ${pct(t.recall)}`);
  console.log(`unrelated highlights   ${t.unrelatedHighlights}`);
  const st = t.statements;
  if (st.statements > 0) {
    console.log(`page speaker right     ${ratio(st.speakerRight, st.statements)}`);
    console.log(`same precision         ${ratio(st.sameRight, st.sameGiven)}`);
    console.log(`claim in top 3         ${ratio(st.inTopThree, st.reported)}`);
    console.log(`relation right         ${ratio(st.relationRight, st.relatable)}`);
  }
  if (t.attributed > 0) {
    console.log(`top-1 claim speaker    ${pct(t.speakerAccuracy)}  (first corpus)`);
    console.log(`attribution precision  ${pct(t.attributionPrecision)}`);
    console.log(`abstains when unknown  ${pct(t.abstention)}`);
  }
}

/**
 * The wire set by author: each `labels-<set>.json` labels the pages named `<set>-…` (`a`, …,
 * `z`, `aa`), so a set written after the engine was tuned shows how it does on pages it has not
 * seen.
 */
function byAuthor(scores: readonly PageScore[]): void {
  const sets = new Map<string, PageScore[]>();
  for (const s of scores) {
    const set = /^([a-z]{1,2})-/.exec(s.file.split('/').pop() ?? '')?.[1] ?? '?';
    sets.set(set, [...(sets.get(set) ?? []), s]);
  }
  console.log(
    'by author   P / R          speaker              same                 top 3                relation',
  );
  for (const [set, pages] of [...sets].sort(
    ([a], [b]) => a.length - b.length || a.localeCompare(b),
  )) {
    const t = totals(pages);
    const st = t.statements;
    console.log(
      `${`labels-${set}`.padEnd(12)}${pct(t.precision)} / ${pct(t.recall)}  ${ratio(st.speakerRight, st.statements).padEnd(20)} ${ratio(st.sameRight, st.sameGiven).padEnd(20)} ${ratio(st.inTopThree, st.reported).padEnd(20)} ${ratio(st.relationRight, st.relatable)}`,
    );
  }
}

const engine = createEngine(bundledDataset);
report('first corpus (e2e/pages/articles)', await evaluateCorpus(engine));
const wire = await evaluateWire(engine);
report('wire-style corpus (e2e/pages/wire)', wire);
byAuthor(wire);
if (sharedPresent()) report('real articles (../shared)', await evaluateShared(engine));
else console.log('\n(real articles not found beside the project: ../shared)');
