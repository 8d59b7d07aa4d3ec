/**
 * Typed messages between the content script, the background and the popup
 * (`@webext-core/messaging`). Every payload is validated with zod where it is received, and only
 * messages from this extension's own contexts are accepted (`isOwnSender`).
 *
 *   content → background   `reportPage(PageReport)`          the tab's latest summary
 *   popup   → background   `getReport({ tabId })`            → the tab's summary or null
 *   background → popup     `reportChanged({ tabId })`        a tab's summary changed
 *   popup   → content      `jumpToMention({ index })`        → whether the mention was found
 *   popup   → content      `rescan()`                        re-read settings and check again
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import { type PageReport, pageReportSchema } from './report';

export const tabRequestSchema = z.strictObject({ tabId: z.int().check(z.minimum(0)) });
export const jumpRequestSchema = z.strictObject({ index: z.int().check(z.minimum(0)) });

export type TabRequest = z.infer<typeof tabRequestSchema>;
export type JumpRequest = z.infer<typeof jumpRequestSchema>;

interface ProtocolMap {
  reportPage(report: PageReport): void;
  getReport(request: TabRequest): PageReport | null;
  reportChanged(request: TabRequest): void;
  jumpToMention(request: JumpRequest): boolean;
  rescan(): void;
}

export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });

export const { sendMessage, onMessage } = messenger;

/** Re-exported so receivers validate with the same schema the sender's type came from. */
export { pageReportSchema };

/** The parts of `runtime.MessageSender` the checks below look at. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Whether a message comes from one of this extension's own contexts (not a web page). */
export function isOwnSender(sender: SenderLike | undefined, extensionId: string): boolean {
  return !!sender && sender.id === extensionId;
}

/** Whether the sender is this extension's content script in the top frame of a tab. */
export function isOwnContentScript(
  sender: SenderLike | undefined,
  extensionId: string,
): sender is SenderLike & { tab: { id: number } } {
  return (
    isOwnSender(sender, extensionId) &&
    typeof sender?.tab?.id === 'number' &&
    (sender.frameId === undefined || sender.frameId === 0)
  );
}

/** Whether the sender is an extension page (popup, options), not a content script. */
export function isOwnExtensionPage(sender: SenderLike | undefined, extensionId: string): boolean {
  if (!isOwnSender(sender, extensionId)) return false;
  const url = sender?.url ?? sender?.origin ?? '';
  return (
    url.startsWith(`chrome-extension://${extensionId}/`) ||
    url === `chrome-extension://${extensionId}`
  );
}
