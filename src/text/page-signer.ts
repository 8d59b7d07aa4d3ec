/**
 * Who signs a page, when it is not the publication: the office holder who writes an opinion
 * piece ("By Muwaffaq Jassim al-Tamimi" over "…, writes Iraq's envoy to the UAE"), or the office
 * that issues a press statement or readout ("Press Statement U.S. Embassy Baghdad November 7,
 * 2025", "Source: Prime Minister's Media Office"). What such a page says in its own voice is that
 * official's or that office's statement. A columnist, a fellow or a correspondent writing opinion
 * speaks for nobody the dataset could hold, so their pages keep the outlet's voice.
 */

export interface PageSigner {
  name: string;
  kind: 'person' | 'institution';
}

/** How far into the page its section label, byline and standfirst are looked for. */
const OPENING_REACH = 2000;
/** How far from its end a note on the author or a "Source:" line is looked for. */
const ENDING_REACH = 8000;

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

/** The office holder who signs the opinion piece `text`, or null. */
function opinionAuthor(text: string): string | null {
  const opening = text.slice(0, OPENING_REACH);
  const ending = text.slice(-ENDING_REACH);
  if (!OPINION.test(opening) && !OWN_VIEWS.test(ending)) return null;
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
  // "Faris Abdulkarim al-Saadi is a former member of Iraq's Council of Representatives",
  // "Gregory Haines, a retired Foreign Service officer, was U.S. ambassador to Bahrain"
  const surname = name.split(/\s+/).pop() ?? name;
  const bio = new RegExp(
    String.raw`(?:^|\n|\.\s)[ \t]*(?:${literal(name)}|${literal(surname)})(?:,\s+[^,.\n]{3,80},)?\s+(?:is|was|served as)\s+((?:[^.\n]|\.(?=\S|[ \t]+[a-z])){3,200})`,
  ).exec(`${opening}\n${ending}`);
  if (bio?.[1]) described.push(bio[1]);
  return described.some(isOffice) ? name : null;
}

const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December';
/** A date closing an issuer's line: "November 7, 2025", "20 October 2025". */
const DATE_AT_END = new RegExp(
  String.raw`[\s,·|]+(?:(?:${MONTH})\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:${MONTH})\s+\d{4})\.?\s*$`,
);
/** The kind of text a press office issues. */
const RELEASE = String.raw`(?:press\s+(?:statement|release|note)|media\s+note|readout|communiqu[eé]|official\s+statement|unofficial\s+translation)`;
/** "Press Statement U.S. Embassy Baghdad November 7, 2025" */
const RELEASE_THEN_ISSUER = new RegExp(
  String.raw`(?:^|\n)[ \t]*${RELEASE}[ \t]*[·|:\u2013\u2014-]?[ \t]+([^\n]{4,120})`,
  'i',
);
/** "Prime Minister's Media Office · Unofficial translation" */
const ISSUER_THEN_RELEASE = new RegExp(
  String.raw`(?:^|\n)[ \t]*([^\n]{4,80}?)[ \t]*[·|][ \t]*${RELEASE}[ \t]*(?=\n|$)`,
  'i',
);
/** "Presidency of the Region — Media Office" heading the office's own site. */
const OFFICE_HEADER =
  /(?:^|\n)[ \t]*([^\n]{4,80}?)[ \t]*[\u2014\u2013|·-][ \t]*(?:Media|Press)\s+Office[ \t]*(?=\n)/;
/** "Source: Prime Minister's Media Office, 20 October 2025." */
const SOURCE_LINE = /(?:^|\n)[ \t]*Source:[ \t]+([^\n]{4,120})/;
/** An office that issues statements, by the noun that heads its name. */
const OFFICE_BODY =
  /^(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){0,6}?(?:Embassy|Consulate|Mission|Ministry|Office|Department|Command|Government|Council|Committee|Commission|Presidency|Secretariat|Spokesperson|Spokesman)\b(?:\s+(?:of|for|in|to)\s+(?:the\s+)?[A-Z][^\n,;.]{1,60})?(?:\s+[A-Z][\w'’-]+)?$/;

/** A release's own slug: "FOR IMMEDIATE RELEASE | Release No. 20260120-01 | Jan. 20, 2026". */
const RELEASE_SLUG =
  /(?:^|\n)[ \t]*(?:FOR IMMEDIATE RELEASE|NEWS RELEASE|PRESS RELEASE|Release No\.)/;

const GENERIC_OFFICE = /^(?:(?:Public|Affairs|Media|Press|Information|News|The)\s+)*Office$/;

/** A body's name set in capitals on a line of its own ("U.S. CENTRAL COMMAND"), in title case. */
function bannerAbove(opening: string, at: number): string | undefined {
  const lines = opening.slice(0, at).split('\n').reverse();
  for (const line of lines) {
    const trimmed = line.trim();
    if (!/^[A-Z][A-Z.'’& -]{3,60}$/.test(trimmed) || !/[A-Z]{3}/.test(trimmed)) continue;
    const titled = trimmed
      .toLowerCase()
      .replace(/\b(?!(?:of|for|in|to|the|and)\b)[a-z]/g, (c) => c.toUpperCase())
      .replace(/\bU\.s\./g, 'U.S.');
    // "PUBLIC AFFAIRS OFFICE" names no body: whose office it is, the page does not say here.
    if (OFFICE_BODY.test(titled) && !GENERIC_OFFICE.test(titled)) return titled;
  }
  return undefined;
}

/** The office that issues the press statement or readout `text`, or null. */
function issuingOffice(text: string): string | null {
  const opening = text.slice(0, OPENING_REACH);
  const slug = RELEASE_SLUG.exec(opening);
  const lines = [
    RELEASE_THEN_ISSUER.exec(opening)?.[1],
    ISSUER_THEN_RELEASE.exec(opening)?.[1],
    SOURCE_LINE.exec(text.slice(-ENDING_REACH))?.[1],
    OFFICE_HEADER.exec(opening)?.[1],
    // "U.S. CENTRAL COMMAND … FOR IMMEDIATE RELEASE": the body whose banner heads the release.
    slug ? bannerAbove(opening, slug.index) : undefined,
  ];
  for (const line of lines) {
    if (!line) continue;
    const issuer = line
      .replace(DATE_AT_END, '')
      .replace(/[,.][^,]*(?:translated|translation)[^\n]*$/i, '')
      .replace(/[\s,.;:]+$/, '')
      .trim();
    if (OFFICE_BODY.test(issuer)) return issuer;
  }
  return null;
}

/** Who signs `text` in its own voice, when that is not the publication; null otherwise. */
export function pageSigner(text: string): PageSigner | null {
  const author = opinionAuthor(text);
  if (author) return { name: author, kind: 'person' };
  const office = issuingOffice(text);
  return office ? { name: office, kind: 'institution' } : null;
}
