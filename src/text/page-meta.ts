/** What a page says about itself: its publication date, from the usual metadata. */

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

function day(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = ISO_DAY.exec(value.trim());
  if (match?.[1]) return match[1];
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function fromJsonLd(node: unknown, depth = 0): string | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = fromJsonLd(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const own = typeof record.datePublished === 'string' ? day(record.datePublished) : null;
  if (own) return own;
  return fromJsonLd(record['@graph'], depth + 1) ?? fromJsonLd(record.mainEntity, depth + 1);
}

/**
 * The page's publication date as `YYYY-MM-DD`, or null. Tries, in order: Open Graph
 * `article:published_time`, other common meta tags, JSON-LD `datePublished`, then the first
 * `<time datetime>`.
 */
export function readPublished(doc: Document): string | null {
  const metaSelectors = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
  ];
  for (const selector of metaSelectors) {
    const found = day(doc.querySelector(selector)?.getAttribute('content'));
    if (found) return found;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = fromJsonLd(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is its own business; other sources may still say.
    }
  }
  const time = doc.querySelector(
    'article time[datetime], time[itemprop="datePublished"], time[datetime]',
  );
  return day(time?.getAttribute('datetime'));
}

/**
 * The publication a page names itself by: `og:site_name`, `application-name`, or the part of
 * the title after its last " | " or " - "; null when none reads as a name.
 */
export function readSite(doc: Document): string | null {
  for (const selector of ['meta[property="og:site_name"]', 'meta[name="application-name"]']) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value && value.length <= 80) return value;
  }
  const title = (doc.title ?? '').trim();
  const parts = title.split(/\s+[|\u2013\u2014-]\s+/);
  const last = parts.length > 1 ? parts[parts.length - 1]?.trim() : undefined;
  return last && last.length <= 40 && /^[A-Z]/.test(last) ? last : null;
}
