/**
 * Each tab's latest report, in `storage.session` (so it outlives the service worker being
 * stopped, and goes with the browser session) under `report:<tabId>`. A stored value is
 * validated again when read: one that does not have the report's shape reads as no report.
 */
import { storage } from 'wxt/utils/storage';
import { type PageReport, pageReportSchema } from '../report';

/** The storage item of one tab's report. */
export function tabReportItem(tabId: number) {
  return storage.defineItem<PageReport | null>(`session:report:${tabId}`, { fallback: null });
}

export async function saveTabReport(tabId: number, report: PageReport): Promise<void> {
  await tabReportItem(tabId).setValue(report);
}

/** The tab's report, or null when it has none (or what is stored is not a report). */
export async function loadTabReport(tabId: number): Promise<PageReport | null> {
  const parsed = pageReportSchema.safeParse(await tabReportItem(tabId).getValue());
  return parsed.success ? parsed.data : null;
}

export async function forgetTabReport(tabId: number): Promise<void> {
  await tabReportItem(tabId).removeValue();
}
