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
  `(?:u\\.?s\\.?|american|us${SEP}led|coalition|foreign|international|western)\\s+(?:military\\s+)?(?:troops|forces|soldiers|personnel|footprint|presence|advisers|advisors|military\\s+presence|deployment)\\s+(?:in|from|out\\s+of)\\s+(?:federal\\s+)?iraq`,
  `|(?:(?:its|the|their|our|america's|washington's|coalition's|u\\.?s\\.?|american)\\s+)(?:military\\s+|combat\\s+|advisory\\s+)?mission\\s+in\\s+(?:federal\\s+)?iraq`,
].join('');

/** "the coalition", "coalition forces": this coalition only when the context says so. */
export const COALITION_WEAK =
  "coalition(?:'s)?(?:\\s+(?:forces|troops|mission|military\\s+mission|advisers|advisors|presence|partners|members|bases|personnel|countries|role|military))?";

export const TASK_FORCE = `cjtf[\\s-]*oir|combined\\s+joint\\s+task\\s+force(?:\\s*-?\\s*operation\\s+inherent\\s+resolve)?|operation\\s+inherent\\s+resolve|(?:anti|counter)${SEP}(?:isis|isil|is|daesh|islamic\\s+state)\\s+task\\s+force`;

/** "the task force": the coalition's task force once the page has named CJTF-OIR. */
export const TASK_FORCE_WEAK = '(?:the|this|that)\\s+task\\s+force';

/** Acronyms, checked against the original text's capitals after matching. */
export const ACRONYM = 'hmc|oir';

export const HMC = `(?:u\\.?s\\.?${SEP}iraq(?:i)?\\s+)?high(?:er)?\\s+military\\s+(?:commission|committee)`;
export const HMC_WEAK =
  '(?:joint\\s+)?military\\s+(?:commission|committee)|(?:(?:the|this|that)\\s+)?iraqi\\s+committee|(?:the|this|that)\\s+(?:joint\\s+)?(?:commission|committee)';

/** Auxiliaries between the mission and its intransitive "end": "the mission will end". */
const AUX =
  '(?:has|had|have|will|would|is|are|was|were|to|shall|could|should|must|may|might|officially|formally|finally|effectively|now|not|due|set|expected|scheduled|going|be|been|then|also)';

/** Where forces move from or to. */
const PLACE =
  '(?:iraq|baghdad|erbil|irbil|harir|kurdistan|syria|kuwait|jordan|other\\s+countries|bases?|a[iy]n|al-asad|victory|the\\s+region)(?![a-z])';

/** What a mission-ending verb is about. */
const MISSION_NOUN = '(?:mission|presence|role|footprint|deployment|operations?)';

export const CHANGE = [
  'withdr[ae]w(?:al|als|ing|n|s)?',
  `pull(?:ed|ing|s)?${SEP}(?:(?:its|their|the|some|most|all)\\s+)?(?:(?:troops|forces|personnel|soldiers)\\s+)?out|pullout`,
  `dr[ae]w(?:ing|s|n)?${SEP}down|drawdown`,
  'transition(?:ed|ing|s|al)?',
  `wind(?:ing|s)?${SEP}down|wound${SEP}down|wind(?:ing|s)?\\s+(?:it|them)\\s+down|(?:being|been|be|was|is)\\s+wound${SEP}up`,
  '(?:leave|leaves|leaving|left|exit(?:s|ed|ing)?|depart(?:s|ed|ing)?)\\s+(?:from\\s+)?iraq',
  'departures?|exit',
  `end(?:s|ed|ing)?(?=\\s+(?:of\\s+|to\\s+)?(?:the\\s+|its\\s+|a\\s+)?(?:[a-z.'-]+\\s+){0,3}(?:${MISSION_NOUN}|coalition))`,
  // "the mission will end", "the coalition's mission in federal Iraq is to end", "has ended",
  // and a headline's quoted 'mission in Iraq "has ended"'.
  // Each lookbehind waits for its word first: a lookbehind tried at every offset is slow.
  `(?=end|over)(?<=(?:coalition|mission|presence|role)(?:'s)?(?:\\s+(?:in|against|of|to|for)\\s+(?:[a-z'-]+\\s+){0,4}[a-z'-]+){0,2}(?:\\s+there)?\\s+["\u201c]?(?:${AUX}\\s+){0,3})(?:end(?:s|ed|ing)?|over)(?![a-z-])(?!\\s+(?:the|a|an|its|their|this|up)\\s)`,
  // "the first phase was over".
  '(?=over|ended)(?<=phase\\s+(?:is|was|has|had)\\s+(?:now\\s+)?(?:been\\s+)?)(?:over|ended)',
  // "that phase is due to end in September 2026", "until the Syria phase ends".
  `(?=end)(?<=phase(?:\\s+of\\s+(?:[a-z'-]+\\s+){0,3}[a-z'-]+)?\\s+(?:${AUX}\\s+){0,3})end(?:s|ed)?(?![a-z-])(?!\\s+(?:the|a|an|its|their|this|up)\\s)`,
  '(?=end)(?<=(?:near(?:s|ing|ed)?|reach(?:es|ed|ing)?|approach(?:es|ed|ing)?)\\s+(?:its|an|their)\\s+)end',
  // "the mission in Syria, run from Iraqi soil, is due to end"; "agreed to end it".
  '(?=end)(?<=(?:is|are|was|were)\\s+(?:due|set|meant|scheduled|expected|supposed)\\s+to\\s+)end(?![a-z-])(?=\\s+(?:in|by|before|after|no\\s+later|once|when)\\b|\\s*[.,;])',
  '(?=end)(?<=(?:agreed|decided|promised|pledged|vowed)\\s+to\\s+)end(?=\\s+(?:it|them|its\\s+(?:work|operations|presence|mission))\\b)',
  '(?:is|are|was|were)\\s+ending',
  '(?:coming|come|came|comes|brought|bring|bringing|draw|draws|drawing|drew|drawn)\\s+to\\s+(?:an\\s+end|a\\s+close)',
  // "has finished its military mission".
  `finish(?:es|ed|ing)?(?=\\s+(?:its|the|their)\\s+(?:[a-z'-]+\\s+){0,2}${MISSION_NOUN})`,
  `(?:wrap(?:s|ped|ping)?\\s+up|clos(?:e|es|ed|ing))(?=\\s+(?:its|the|their|a)\\s+(?:[a-z'-]+\\s+){0,3}${MISSION_NOUN})`,
  'wrap(?:s|ped|ping)?\\s+up(?=\\s+["\']?(?:over|by|within|in|no\\s+later)\\b)',
  '(?=to\\s)(?<=(?:mission|presence|role)\\s+)to\\s+(?:a\\s+close|an\\s+end)',
  'conclu(?:de|des|ded|ding|sion)',
  'complet(?:e|es|ed|ing|ion)',
  'leav(?:e|es|ing)|depart(?:s|ed|ing)?',
  '(?:have|has|had)\\s+(?:already\\s+|now\\s+|all\\s+|largely\\s+|since\\s+|entirely\\s+|completely\\s+|fully\\s+|finally\\s+)?left',
  '(?:have|has|had|be)\\s+(?:already\\s+)?gone(?=\\s*[.,;]|\\s+(?:by|from|before|last|already|since|out)(?![a-z]))',
  // Not what is "left in Iraq" or "left of the mission": what remains.
  "(?<!(?:\\b(?:be|is|are|was|were|been|being|what|nothing|role|force|still|remain(?:s|ed)?)|\\bwill\\s+be)\\s+)left(?!\\s+(?:in|at|of)\\s)(?=\\s+(?:the\\s+|a\\s+)?(?:[a-z'-]+\\s+){0,2}(?:base|airbase|garrison|country|iraq|baghdad|erbil|syria|asa?d))|(?=left)(?<=(?:troops|forces|personnel|soldiers|advisers|who)\\s+)left",
  'expel(?:s|led|ling)?|expulsion',
  `scal(?:e|es|ed|ing)${SEP}back`,
  // "will ‘reduce’ the Iraq mission": a verb the page quotes.
  `(?:reduc(?:e|es|ed|ing)|shrink(?:s|ing)?|cut(?:s|ting)?)(?=["'\u2019\u201d]?\\s+(?:its\\s+|the\\s+|their\\s+|a\\s+|u\\.s\\.\\s+)?(?:[a-z.'-]+\\s+){0,3}(?:mission|presence|footprint|troops|forces|personnel|advisers|advisors|soldiers|contingent|deployment))`,
  '(?:shr[iau]nk|reduc(?:e|es|ed|ing))(?=\\s+(?:to|by)\\s+(?:fewer|less|under|below|about|around|roughly|some|\\d))',
  'reduced|reduction|drawdowns?|redeploy(?:s|ed|ing|ment)?|relocat(?:e|es|ed|ing|ions?)|reposition(?:s|ed|ing|ings)?',
  `hand(?:s|ed|ing)?${SEP}(?:(?:it|them|the\\s+base|the\\s+bases|(?:[a-z'-]+\\s+){1,3}(?:base|airbase|bases|headquarters|sites?|garrison))\\s+)?over|handovers?|hand${SEP}over|hand(?:ed|ing)(?:\\s+back)?(?=\\s+to\\s)`,
  // "handing full administration of both sites to the Iraqi security forces".
  "hand(?:s|ed|ing)?(?=\\s+(?:[a-z'-]+\\s+){1,9}?to\\s+(?:the\\s+)?(?:iraqi|iraq|baghdad)(?![a-z]))",
  // "Ain al-Asad changed hands".
  'chang(?:ed|es|ing)\\s+hands',
  'vacat(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing|ion)',
  'transfer(?:s|red|ring)?',
  'shift(?:s|ed|ing)?',
  // "moved large numbers of troops out of Baghdad", "have moved, most of them to Erbil".
  `mov(?:e|es|ed|ing)(?=(?:,?\\s+[a-z0-9.'-]+){0,6}?,?\\s+(?:(?:out|north|south)(?![a-z])|(?:up\\s+)?(?:to|from|into|toward|towards)\\s+(?:the\\s+)?(?:[a-z'-]+\\s+){0,2}?${PLACE}))`,
  'quit(?:s|ting)?(?=\\s+(?:the\\s+)?(?:iraq|baghdad|erbil|a[iy]n|al-asad|victory|bases?|the\\s+country))',
  `chang(?:e|es|ed|ing)(?=(?:\\s+[a-z'-]+){0,5}\\s+(?:mission|presence|footprint))`,
].join('|');

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const COUNT =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty|forty-eight|seventy-two)';

export const DEADLINE = [
  `(?:the\\s+)?(?:end|close)\\s+of\\s+(?:the\\s+year\\s+)?(?:${YEAR}|next\\s+year|this\\s+year|the\\s+year)`,
  `(?:the\\s+)?(?:end|close|middle)\\s+of\\s+(?:${MONTH}(?:\\.?\\s+(?:of\\s+)?(?:${YEAR}|next\\s+year))?|(?:last|this|next)\\s+(?:month|week))`,
  `(?:sometime\\s+|some\\s+time\\s+)?in\\s+${YEAR}`,
  `(?:this|next)\\s+${MONTH}`,
  `(?:mid|early|late)${SEP}${YEAR}`,
  // "the end-of-2025 date", "the end-September deadline".
  `end-(?:of-)?(?:${YEAR}|${MONTH})(?=${SEP}(?:date|deadline|line|target|timeline|timetable))`,
  `${MONTH}\\.?\\s+(?:of\\s+)?(?:${YEAR}|next\\s+year)`,
  `within\\s+${COUNT}\\s+(?:hours?|days?|weeks?|months?|years?)`,
  'next\\s+year',
  // Not \"next week's statement\": the date of something said.
  // Not "reported this week": when something was said. The lookbehind runs after the words
  // matched, not at every offset of the page.
  "(?:next|this|coming)\\s+week(?!\\s*'s)(?<!(?:reported|said|announced|told|wrote|confirmed)\\s+\\w+\\s+week)",
  '(?:the\\s+)?following\\s+(?:week|month)',
  'last\\s+month',
  `(?:by|before|until)\\s+(?:tomorrow|tonight|${WEEKDAY}|the\\s+weekend|the\\s+end\\s+of\\s+the\\s+(?:week|month))`,
  `over\\s+the\\s+(?:next|coming)\\s+(?:(?:\\d+|twelve|six|eighteen|two|three|several)\\s+months|year)`,
  'in\\s+the\\s+coming\\s+(?:days|weeks|months)',
  `(?:a|one|two|three)${SEP}years?(?=${SEP}(?:plan|timeline|timetable|period|transition|withdrawal|extension|deadline|phase|schedule|window|process))|(?:the\\s+)?(?:two|three)\\s+years(?=\\s+(?:were|was|is|are|would|will|of\\s+the\\s+plan))|a\\s+(?:second|third|fourth)\\s+year`,
  `(?:by|until|before|beyond|after|through|till)\\s+(?:at\\s+least\\s+)?\\[?${YEAR}\\]?`,
  // A bare month is a deadline only with a word of time ahead ("starting in September"):
  // "in August" alone is nearly always a report of the past.
  `(?:from|start(?:ing|s)?|begin(?:ning|s)?|by|until|before|after|beyond|past)\\s+(?:in\\s+)?${MONTH}(?!\\.?\\s+(?:of\\s+)?\\d)`,
  // "the September deadline": a month named as a deadline.
  // A headline drops the article: "past September deadline".
  `${MONTH}(?=\\s+deadline)(?<=\\b(?:the|past|beyond|after|missed|misses|meet|meets|met)\\s+[a-z]+)`,
].join('|');

const NUMBER_WORD = '(?:two|three|four|five|six|seven|eight|nine|ten|a\\s+few|a\\s+handful\\s+of)';
/** A number of people: digits (never a year), or a range of words ("four to five"). */
const HEADCOUNT = `(?:(?!(?:19|20)\\d\\d(?![\\d,]))(?:\\d{1,3}(?:,\\d{3})+|\\d{2,6})(?:\\s+(?:to|and|-)\\s+(?:\\d{1,3}(?:,\\d{3})+|\\d{2,6}))?|${NUMBER_WORD}\\s+to\\s+${NUMBER_WORD})`;
const APPROX =
  '(?:(?:another|around|about|some|roughly|nearly|approximately|almost|more\\s+than|over|fewer\\s+than|less\\s+than|up\\s+to|at\\s+least|as\\s+many\\s+as|only|just)\\s+)?';

export const TROOPS = [
  APPROX,
  HEADCOUNT,
  '(?:[^\\S\\n]+(?:us|u\\.s\\.|american|coalition|foreign|international|western|military|combat|other|and|allied|nato|uk|british|french|german|italian|spanish|norwegian|dutch|danish|australian|canadian|hungarian|swedish|finnish|polish|turkish)){0,4}',
  '[^\\S\\n]+(?:troops|soldiers|forces|personnel|service\\s*members|servicemembers|advisers|advisors|military\\s+advisers|trainers)',
  `|${APPROX}\\d{1,3}(?:,\\d{3})?\\s+(?:more\\s+)?(?:across\\s+the\\s+border\\s+)?in\\s+(?:neighbou?ring\\s+|north-?east(?:ern)?\\s+|north\\s+east(?:ern)?\\s+)?syria`,
  // "He put the number of advisers who would stay at 250 to 350".
  `|(?=\\d)(?<=(?:number|figure|total)\\s+of\\s+(?:[a-z]+\\s+)?(?:troops|soldiers|forces|personnel|advisers|advisors)\\s+(?:[a-z]+\\s+){0,5}?(?:at|to)\\s+)${HEADCOUNT}`,
  // "1,500: the number of coalition personnel", "More than 900: U.S. troops in Syria".
  `|${APPROX}${HEADCOUNT}(?=:\\s+(?:the\\s+number\\s+of\\s+)?(?:[a-z.]+\\s+){0,3}(?:troops|soldiers|forces|personnel|advisers))`,
  // "fewer than 2,000", "around 1,500": a bare count the context makes a count of troops.
  '|(?:(?:fewer|less|more)\\s+than|around|about|roughly|nearly|some|approximately|below)\\s+\\d{1,3},\\d{3}(?=\\s*[,.;:)"\u201d\u2019]|\\s+(?:in|at|to|by|from|with|are|were|will|would|remain|stationed|based|deployed|americans?|u\\.s\\.|once|after|when|and)(?![a-z]))',
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
  'unami|(?:united\\s+nations|u\\.n\\.)(?!\\s+general\\s+assembly)|un\\s+(?:mission|envoy|assistance|special|staff|mandate|agencies|security\\s+council)',
  'afghanistan|afghan|kabul|taliban|brexit|european\\s+union|eu|yemen|yemeni|houthis?|saudi|riyadh',
  // Germany and Israel are no markers: coalition members leave Erbil, wars in the region delay
  // announcements. Their politics are.
  'bundestag|scholz|merz|spd|fdp|cdu|niger|nigerien|niamey|knesset|likud|netanyahu',
  // ("the product of that negotiation" is no company's product.)
  'ukraine|ukrainian|russia|nba|nfl|league|season|playoffs?|recipe|software|product(?!\\s+of\\b)',
  // Aid groups end missions in Iraq and hand programmes over too.
  'ngos?|non-?governmental|charit(?:y|ies)|aid\\s+(?:groups?|agenc(?:y|ies)|workers?|organi[sz]ations?)|deminers?|demining|mine[\\s-]+(?:clearance|action)',
].join('|');

/** Words in front of "coalition" that make it a political or other coalition. */
export const COALITION_NOT_BEFORE =
  /(?<![a-z])(?:saudi|arab|ruling|governing|government|opposition|electoral|political|parliamentary|traffic[\s-]light|grand|three[\s-]party|coordination|shiite|sunni|left|right|centrist|conservative|labour|likud|his|her|broad|business|climate|rainbow|fragile|new)[\s-]+(?:led\s+)?$/;

/** Words after "coalition" that make it a political coalition. */
export const COALITION_NOT_AFTER =
  /^(?:'s)?\s+(?:government|governments|agreement|deal|talks|negotiations|crisis|collapse|treaty|cabinet|of\s+(?:parties|the\s+willing|ngos|groups|unions))/;

/** Deadline verbs: a date in a sentence with one of these is a timeline of the mission. */
export const DEADLINE_CONTEXT =
  /withdr|leave|leaving|pull|depart|exit|end|conclu|remain|stay|happen|transition|wind|complete|timetable|timeline|deadline|mission|presence|forces|troops|drawdown|draw down|phase|expel|begin|start|schedul|due|expected|plan|over|close|advis|assist|propos|hand/;

/**
 * The story's own deadlines (`YYYY-MM`, or `YYYY` for the end of a year): named after they pass,
 * they are still the deadline ("US forces pulled out of Iraq completely in September 2025").
 */
export const STORY_DEADLINES = new Set(['2025-09', '2025', '2026-09']);

/** A date told as when something was said or done: "announced in September 2025". */
export const EVENT_DATE_BEFORE =
  /(?:\b(?:said|says|announced|told|reported|wrote|issued|signed|agreed|met|visited|declared|stated|added|confirmed|published|released)\s+(?:[a-z'-]+\s+){0,3}?in\s+|(?:^|[.;:]\s*)(?:back\s+)?in\s+|\bback\s+in\s+|\d{1,2}\s+|\bon\s+)$/;

/** A deadline phrased with its own preposition ("by", "until", "beyond") needs no other cue. */
export const DEADLINE_CUED =
  /^(?:by|until|before|beyond|after|till|through|from|starting|beginning)\b|(?:end|close) of|within/;

/** The words just before a date that make it a deadline or a start date. */
export const DEADLINE_CUE_BEFORE =
  /(?:(?:starting|beginning|start|begin|by|until|before|beyond|after|through|till|no later than)\s+(?:in\s+|on\s+|at\s+least\s+)?|(?:date|deadline)\s+(?:of\s+|for\s+|is\s+|was\s+)?)$/;

/** Troops, forces, the coalition or the US: what "leave" must be about to be the story's. */
export const FORCES_CONTEXT =
  /\b(?:troops?|forces?|coalition|soldiers?|u\.s\.|america|americans?|washington|military|personnel|units|advisers|advisors|mission|presence)\b/;
