/** Names of the calendar, for every layer that reads or writes dates. */

/** Month names, lower case, January first. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Weekday names, lower case, Sunday first (as `Date.getUTCDay` counts). */
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** "September" for 9. */
export function monthName(month: number): string | undefined {
  const name = MONTHS[month - 1];
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : undefined;
}
