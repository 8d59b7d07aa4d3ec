/** The toolbar badge of a tab: how many distinct claims its page matched, blank for none. */
import { browser } from 'wxt/browser';
import { matchedClaimCount, type PageReport } from '../report';

const BADGE_COLOUR = '#0b5394';

export async function showBadge(tabId: number, report: PageReport | null): Promise<void> {
  const count = report ? matchedClaimCount(report) : 0;
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  } catch {
    // The tab closed meanwhile.
  }
}
