/**
 * The author of an opinion piece who holds or held an office ("By Muwaffaq Jassim al-Tamimi"
 * over "…, writes Iraq's envoy to the UAE"): what such a page says in its own voice is that
 * official's statement, not the publication's. A columnist, a fellow or a correspondent writing
 * opinion speaks for nobody the dataset could hold, so their pages keep the outlet's voice.
 */

/** How far into the page its section label, byline and standfirst are looked for. */
const OPENING_REACH = 2000;

const OPINION =
  /(?:^|\n)[ \t]*(?:[^\n]{0,40}\b)?(?:opinion|op-ed|guest (?:column|essay|opinion)|viewpoint|perspective|commentary)\b/i;
const OWN_VIEWS =
  /\bviews expressed (?:here |in this (?:article|column|piece) )?are (?:his|her|their|the author['’]s) own\b/i;

const NAME_WORD = String.raw`(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|abu|de|van)(?:-[\w'’-]+)?)`;
/** "By Faris Abdulkarim al-Saadi" on a line of its own (a date or a role may follow). */
const BYLINE = new RegExp(
  String.raw`(?:^|\n)[ \t]*By[ \t]+(${NAME_WORD}(?:[ \t]+${NAME_WORD}){1,4})\b`,
);

/** An office the page gives its author: held now or once. */
const OFFICE =
  /\b(?:ambassador|envoy|minister|member of (?:[\w'’]+\s+){0,4}?(?:parliament|council of representatives|congress|house of representatives|senate)|mp|lawmaker|senator|congress(?:man|woman)|spokes(?:man|woman|person)|commander|governor|general|chief of staff|secretary of|adviser to|advisor to)\b/i;
/** A writer by trade, whatever office they once held. */
const WRITER =
  /\b(?:columnist|correspondent|journalist|editor|writer|fellow|researcher|analyst|professor|scholar|reporter|author of)\b/i;

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isOffice(description: string): boolean {
  return OFFICE.test(description) && !WRITER.test(description);
}

/** The name of the office holder who signs the opinion piece `text`, or null. */
export function opinionAuthor(text: string): string | null {
  const opening = text.slice(0, OPENING_REACH);
  if (!OPINION.test(opening) && !OWN_VIEWS.test(text)) return null;
  const byline = BYLINE.exec(opening);
  const name = byline?.[1]?.replace(/[.,]+$/, '');
  if (!byline || !name) return null;
  const bylineLine = opening.slice(byline.index).split('\n', 2).join('\n');
  const described = [
    // "By …, Iraq's ambassador to the UAE"
    bylineLine.slice(bylineLine.indexOf(name) + name.length).split('\n')[0] ?? '',
    // "…, writes Iraq's envoy to the UAE"
    /,\s+writes\s+([^.\n]{3,100})/.exec(opening)?.[1] ?? '',
  ];
  // "Faris Abdulkarim al-Saadi is a former member of Iraq's Council of Representatives"
  const surname = name.split(/\s+/).pop() ?? name;
  const bio = new RegExp(
    String.raw`(?:^|\n|\.\s)[ \t]*(?:${literal(name)}|${literal(surname)})\s+(?:is|was|served as)\s+([^.\n]{3,200})`,
  ).exec(text);
  if (bio?.[1]) described.push(bio[1]);
  return described.some(isOffice) ? name : null;
}
