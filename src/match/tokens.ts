/**
 * Words for matching: folded, stop words dropped, light suffix stripping so "withdrawal",
 * "withdrawing" and "withdraw" meet. Deliberately crude: Fuse.js supplies the fuzziness.
 */
import { fold } from '../text/fold';

const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between ' +
    'both but by can could did do does doing down during each few for from further had has have having he her here hers ' +
    'him his how i if in into is it its itself just me more most my no nor not of off on once only or other our ours out ' +
    'over own same she should so some such than that the their theirs them then there these they this those through to ' +
    'too under until up very was we were what when where which while who whom why will with would you your said says say ' +
    'told added according would kind think'
  ).split(' '),
);

/** Keeps negations: "not withdrawing" must not look like "withdrawing". */
const KEPT = new Set(['not', 'no']);

function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('als')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('al')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Words of the story that paraphrases swap for one another, folded to one stem so "pull out"
 * meets "withdraw" and "asked" meets "request". Kept to the story's vocabulary of change.
 */
const SYNONYMS: Record<string, string> = {
  pull: 'withdraw',
  pullout: 'withdraw',
  leav: 'withdraw',
  left: 'withdraw',
  depart: 'withdraw',
  departur: 'withdraw',
  exit: 'withdraw',
  drawdown: 'withdraw',
  expel: 'withdraw',
  ask: 'request',
  asked: 'request',
  conclud: 'end',
  conclus: 'end',
  finish: 'end',
  clos: 'end',
  over: 'end',
  agre: 'agreement',
  agreed: 'agreement',
  deal: 'agreement',
  understand: 'agreement',
  forc: 'troop',
  soldier: 'troop',
  personnel: 'troop',
  american: 'us',
  washington: 'us',
  baghdad: 'iraq',
  iraqi: 'iraq',
  daesh: 'isis',
  isil: 'isis',
  advis: 'advise',
  adviser: 'advise',
  advisor: 'advise',
  advisory: 'advise',
  assist: 'advise',
  talk: 'discuss',
  negotiat: 'discuss',
  commission: 'hmc',
  shift: 'transition',
  mov: 'transition',
  pivot: 'transition',
  adapt: 'transition',
  evolv: 'transition',
  evolution: 'transition',
  relocat: 'transition',
  redeploy: 'transition',
  quit: 'withdraw',
  vacat: 'withdraw',
  evacuat: 'withdraw',
  evacuation: 'withdraw',
  reduc: 'reduce',
  reduction: 'reduce',
  scal: 'reduce',
  shrink: 'reduce',
  cut: 'reduce',
  wind: 'end',
  wound: 'end',
  wrap: 'end',
  complet: 'end',
  terminat: 'end',
  postpon: 'delay',
  defer: 'delay',
  handover: 'hand',
  footprint: 'troop',
  presenc: 'troop',
  militar: 'military',
  mission: 'mission',
  premier: 'prime',
  pm: 'prime',
  timetabl: 'deadline',
  timelin: 'deadline',
  schedul: 'deadline',
};

/** The matching words of a text, in order, with repeats. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of fold(text)
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .split(/[^a-z0-9']+/)) {
    const word = raw.replace(/'s$|^'+|'+$/g, '');
    if (!word) continue;
    if (KEPT.has(word)) {
      out.push(word);
      continue;
    }
    if (word.length < 3 && !/^\d+$/.test(word)) continue;
    if (STOP_WORDS.has(word)) continue;
    const stemmed = stem(word);
    out.push(SYNONYMS[stemmed] ?? stemmed);
  }
  return out;
}
