/** What the features of one checked page share (`lifecycle.ts` makes one per page lifetime). */
import type { Settings } from '../settings';
import type { PageChecker } from './checker';
import type { Highlighter } from './highlighter';
import type { MentionCard } from './mention-card';

export interface CheckedPage {
  checker: PageChecker;
  highlighter: Highlighter;
  card: MentionCard;
  /** The settings the page is checked with: a change to any but the style starts it again. */
  settings: Settings;
  /** Aborts when the page stops being checked (navigation, settings, the script's end). */
  signal: AbortSignal;
}
