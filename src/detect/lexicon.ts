/**
 * The vocabulary of the story as regular-expression sources over folded text (see
 * `text/fold.ts`: lower case, straight quotes, hyphens for every dash). Each part is one kind
 * of match; the detector joins them into a single expression so a page is read once.
 */

const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const YEAR = '20\\d\\d';
const SEP = '[\\s-]*';

/** A named coalition phrase that identifies the anti-ISIS coalition by itself. */
export const COALITION_STRONG = [
  `(?:(?:u\\.?s\\.?|american|washington)${SEP}led|global|international|anti${SEP}(?:isis|isil|is|daesh|islamic state)|d${SEP}isis|counter${SEP}(?:isis|isil|daesh)|multinational)`,
  `(?:\\s+(?:global|international|military|anti${SEP}(?:isis|isil|daesh)))*`,
  `\\s+coalition(?:'s)?(?:\\s+(?:forces|troops|mission|military mission|advisers|advisors|presence|members|bases|personnel))?`,
  `|coalition(?:\\s+(?:formed|established|created|set\\s+up|founded|assembled|launched|in|of|since|\\d{4}|that|which|was))*\\s+(?:against|to\\s+(?:defeat|counter|combat|fight|battle)|fighting|combating|battling)\\s+(?:the\\s+)?(?:islamic\\s+state|isis|isil|daesh|is\\b)`,
].join('');

/**
 * Foreign forces in Iraq, or the mission there, named in full: "the U.S. military footprint in
 * Iraq", "U.S. troops in Iraq", "its military mission in Iraq". Identifies the story by itself
 * unless another story's marker is nearer (NATO's mission in Iraq).
 */
export const FORCES_IN_IRAQ = [
  `(?:u\\.?s\\.?|american|us${SEP}led|coalition|foreign|international|western)\\s+(?:military\\s+)?(?:troops|forces|soldiers|personnel|footprint|presence|advisers|advisors|military\\s+presence|deployment)\\s+(?:in|from|out\\s+of)\\s+iraq`,
  `|(?:(?:its|the|their|our|america's|washington's|coalition's|u\\.?s\\.?|american)\\s+)(?:military\\s+|combat\\s+|advisory\\s+)?mission\\s+in\\s+iraq`,
].join('');

/** "the coalition", "coalition forces": this coalition only when the context says so. */
export const COALITION_WEAK =
  "coalition(?:'s)?(?:\\s+(?:forces|troops|mission|military\\s+mission|advisers|advisors|presence|partners|members|bases|personnel|countries|role|military))?";

export const TASK_FORCE =
  'cjtf[\\s-]*oir|combined\\s+joint\\s+task\\s+force(?:\\s*-\\s*operation\\s+inherent\\s+resolve)?|operation\\s+inherent\\s+resolve';

/** Acronyms, checked against the original text's capitals after matching. */
export const ACRONYM = 'hmc|oir';

export const HMC = `(?:u\\.?s\\.?${SEP}iraq(?:i)?\\s+)?higher\\s+military\\s+commission`;
export const HMC_WEAK = '(?:joint\\s+)?military\\s+commission|the\\s+commission';

export const CHANGE = [
  'withdr[ae]w(?:al|als|ing|n|s)?',
  `pull(?:ed|ing|s)?${SEP}out|pullout`,
  `dr[ae]w(?:ing|s|n)?${SEP}down|drawdown`,
  'transition(?:ed|ing|s)?',
  `wind(?:ing|s)?${SEP}down|wound${SEP}down`,
  '(?:leave|leaves|leaving|left|exit(?:s|ed|ing)?|depart(?:s|ed|ing)?)\\s+(?:from\\s+)?iraq',
  'departure|exit',
  "end(?:s|ed|ing)?(?=\\s+(?:of\\s+|to\\s+)?(?:the\\s+|its\\s+|a\\s+)?(?:[a-z'-]+\\s+){0,3}(?:mission|presence|role))",
  "(?<=(?:coalition|mission)(?:'s)?\\s+)(?:end(?:s|ed|ing)?|over)",
  '(?:is|are|was|were)\\s+ending',
  '(?:coming|come|came|comes|brought|bring|bringing|draw|drawing|drew|drawn)\\s+to\\s+(?:an\\s+end|a\\s+close)',
  "wrap(?:s|ped|ping)?\\s+up(?=\\s+(?:its|the|their|a)\\s+(?:[a-z'-]+\\s+){0,2}(?:mission|presence|role))",
  '(?<=(?:mission|presence|role)\\s+)to\\s+(?:a\\s+close|an\\s+end)',
  'conclu(?:de|des|ded|ding|sion)',
  'leav(?:e|es|ing)|(?:have|has|had)\\s+left|depart(?:s|ed|ing)?',
  'expel(?:s|led|ling)?|expulsion',
  `scal(?:e|es|ed|ing)${SEP}back`,
  `(?:reduc(?:e|es|ed|ing)|shrink(?:s|ing)?|cut(?:s|ting)?)(?=\\s+(?:its\\s+|the\\s+|their\\s+|a\\s+|u\\.s\\.\\s+)?(?:[a-z.'-]+\\s+){0,3}(?:mission|presence|footprint|troops|forces|personnel|deployment))`,
  'reduction|drawdowns?|redeploy(?:s|ed|ing|ment)?|relocat(?:e|es|ed|ing|ion)',
  `hand(?:s|ed|ing)?${SEP}over|handover|hand${SEP}over`,
  'vacat(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing|ion)',
].join('|');

export const DEADLINE = [
  `(?:the\\s+)?(?:end|close)\\s+of\\s+(?:the\\s+year\\s+)?(?:${YEAR}|next\\s+year|this\\s+year|the\\s+year)`,
  `(?:sometime\\s+|some\\s+time\\s+)?in\\s+${YEAR}`,
  `(?:this|next)\\s+${MONTH}`,
  `(?:mid|early|late)${SEP}${YEAR}`,
  `${MONTH}\\.?\\s+(?:of\\s+)?${YEAR}`,
  'within\\s+(?:\\d+|one|two|three|six|nine|twelve|eighteen|twenty-four)\\s+(?:months|years)',
  'next\\s+year',
  'next\\s+week',
  'over\\s+the\\s+next\\s+(?:\\d+|twelve|six|eighteen|two|three)\\s+months',
  'within\\s+(?:a|one)\\s+year',
  `(?:by|until|before|beyond|after|through|till)\\s+(?:at\\s+least\\s+)?\\[?${YEAR}\\]?`,
  // A bare month is a deadline only with a word of time ahead ("starting in September"):
  // "in August" alone is nearly always a report of the past.
  `(?:from|starting|beginning|by|until|before)\\s+(?:in\\s+)?${MONTH}(?!\\.?\\s+(?:of\\s+)?\\d)`,
].join('|');

export const TROOPS = [
  '(?:(?:around|about|some|roughly|nearly|approximately|more\\s+than|over|fewer\\s+than|up\\s+to|at\\s+least)\\s+)?',
  '(?:\\d{1,3}(?:,\\d{3})+|\\d{2,6})',
  '(?:\\s+(?:us|u\\.s\\.|american|coalition|foreign|international))?',
  '\\s+(?:troops|soldiers|forces|personnel|service\\s*members|advisers|advisors)',
  '|\\d{1,3}(?:,\\d{3})?\\s+(?:more\\s+)?in\\s+syria',
].join('');

/** Words that tie a passage to the story's place and enemy: context, never a mention. */
export const ANCHOR =
  "iraq(?:i|is|'s)?|baghdad|erbil|irbil|harir|anbar|kurdistan|kurdish|peshmerga|isis|isil|daesh|islamic\\s+state|pentagon|syria|washington|u\\.s\\.|united\\s+states|american|us|a[iy]n\\s+al[\\s-]?asa?d|al[\\s-]asa?d\\s+air\\s*base|victory\\s+base";

/** Words that tie a passage to another story sharing the vocabulary. */
export const OTHER_STORY = [
  // NATO's own advisory mission in Iraq is a different mission with its own deadlines; its name
  // is matched whole so its "Iraq" is not taken for a story anchor.
  'nato\\s+mission\\s+iraq|nmi|nato',
  // The UN's own mission in Iraq (UNAMI) ended in 2025 too: another mission, another story.
  'unami|united\\s+nations|u\\.n\\.|un\\s+(?:mission|envoy|assistance|special|staff|mandate|agencies|security\\s+council)',
  'afghanistan|afghan|kabul|taliban|brexit|european\\s+union|eu|yemen|yemeni|houthis?|saudi|riyadh',
  'germany|german|berlin|bundestag|scholz|merz|spd|fdp|cdu|niger|nigerien|niamey|israel|israeli|knesset|likud|netanyahu',
  'ukraine|ukrainian|russia|nba|nfl|league|season|playoffs?|recipe|software|product',
].join('|');

/** Words in front of "coalition" that make it a political or other coalition. */
export const COALITION_NOT_BEFORE =
  /(?:saudi|arab|ruling|governing|government|opposition|electoral|political|parliamentary|traffic[\s-]light|grand|three[\s-]party|coordination|shiite|sunni|left|right|centrist|conservative|labour|likud|his|her|broad|business|climate|rainbow|fragile|new)[\s-]+(?:led\s+)?$/;

/** Words after "coalition" that make it a political coalition. */
export const COALITION_NOT_AFTER =
  /^(?:'s)?\s+(?:government|governments|agreement|deal|talks|negotiations|crisis|collapse|partner(?!\s+countr)|partners(?!\s+(?:in|countr))|treaty|cabinet|of\s+(?:parties|the\s+willing|ngos|groups|unions))/;

/** Deadline verbs: a date in a sentence with one of these is a timeline of the mission. */
export const DEADLINE_CONTEXT =
  /withdr|leave|leaving|pull|depart|exit|end|conclu|remain|stay|transition|wind|complete|timetable|timeline|deadline|mission|presence|forces|troops|drawdown|draw down|phase|expel|begin|start|schedul|due|expected|plan|over|close|advis|assist/;

/** A deadline phrased with its own preposition ("by", "until", "beyond") needs no other cue. */
export const DEADLINE_CUED =
  /^(?:by|until|before|beyond|after|till|through|from|starting|beginning)\b|(?:end|close) of|within/;

/** The words just before a date that make it a deadline or a start date. */
export const DEADLINE_CUE_BEFORE =
  /(?:starting|beginning|start|begin|by|until|before|beyond|after|through|till|no later than)\s+(?:in\s+|on\s+|at\s+least\s+)?$/;

/** Troops, forces, the coalition or the US: what "leave" must be about to be the story's. */
export const FORCES_CONTEXT =
  /\b(?:troops?|forces?|coalition|soldiers?|u\.s\.|american|washington|military|personnel|units|advisers|advisors|mission|presence)\b/;
