/**
 * How dates and counts are written wherever the site shows them (pages, Markdown, the feed, the
 * build's own messages), so each is written one way.
 */

/** YYYY-MM-DD. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The noun for `n` things: `plural(1, 'error')` is "error", `plural(3, 'entry', 'entries')` is "entries". */
export const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

/** A count and its noun: "1 error", "3 errors". */
export const countOf = (n: number, one: string, many?: string) => `${n} ${plural(n, one, many)}`;
