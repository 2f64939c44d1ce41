/**
 * "What changed": the `/changes/` page and the Atom feed `/changes.xml`, both built from the
 * entries' frontmatter. Each `changes` item (`{ date, note }`) is one change. `updated` is the
 * date an entry was last checked against Meta's documentation; when that check is newer than the
 * entry's last recorded change, it is listed too, as "checked, nothing changed", so a reader of
 * the feed sees every review, and a review that changed something is not listed twice.
 *
 * Checks without a change are grouped per day (one line on the page, one feed item), because a
 * review of the whole reference touches every entry on the same day and would otherwise bury the
 * real changes.
 *
 * Pure module: entries and URL builders are passed in; unit tests call it under Node.
 */
import type { ErrorData } from './error-schema.ts';
import { countOf, isoDate } from './format.ts';

/** The anchor of a day on the changes page. */
export const dayAnchor = (date: string) => `on-${date}`;

type EntryLike = { id: string; data: Pick<ErrorData, 'code' | 'title' | 'updated' | 'changes'> };

interface ChangeItem {
	id: string;
	code: string;
	title: string;
	/** YYYY-MM-DD. */
	date: string;
	note: string;
	/** 1 for the first change recorded on that entry on that date, 2 for the next…: stable as changes are added. */
	sequence: number;
}

interface ChangeDay {
	/** YYYY-MM-DD. */
	date: string;
	/** Changes recorded that day, in the order the entries are given (code order on the site). */
	changes: ChangeItem[];
	/** Entries checked that day whose check found nothing to change. */
	checked: { id: string; code: string; title: string }[];
}

/** Every change and every check without a change, grouped by day, newest day first. */
export function changeLog(entries: readonly EntryLike[]): ChangeDay[] {
	const days = new Map<string, ChangeDay>();
	const at = (date: string) => {
		let found = days.get(date);
		if (!found) {
			found = { date, changes: [], checked: [] };
			days.set(date, found);
		}
		return found;
	};
	for (const { id, data } of entries) {
		// Changes are written newest first; number them from the oldest so an added line never renumbers the
		// others. Reversing before the (stable) sort keeps that order among changes made on the same day.
		const oldestFirst = [...data.changes].reverse().sort((a, b) => a.date.getTime() - b.date.getTime());
		const perDate = new Map<string, number>();
		const items = oldestFirst.map((c) => {
			const date = isoDate(c.date);
			const sequence = (perDate.get(date) ?? 0) + 1;
			perDate.set(date, sequence);
			return { id, code: data.code, title: data.title, date, note: c.note, sequence };
		});
		for (const item of items.reverse()) at(item.date).changes.push(item);
		const lastChange = oldestFirst.at(-1)?.date;
		if (!lastChange || lastChange.getTime() < data.updated.getTime()) {
			at(isoDate(data.updated)).checked.push({ id, code: data.code, title: data.title });
		}
	}
	return [...days.values()].sort((a, b) => b.date.localeCompare(a.date));
}

// ---------------------------------------------------------------------------------------------
// Atom

export interface FeedOptions {
	/** Feed title. */
	title: string;
	/** Absolute URL of the feed itself (rel="self"). */
	self: string;
	/** Absolute URL of the `/changes/` page (rel="alternate"). */
	page: string;
	/** Absolute URL of an error page. */
	errorUrl: (id: string) => string;
	/** Absolute URL of a day on the `/changes/` page. */
	dayUrl: (date: string) => string;
	/** Items kept in the feed, newest first; feed readers only need the recent ones. */
	limit?: number;
	/** Name of the feed's author (Atom requires one). */
	author: string;
}

/** Escape text for XML character data and attribute values. */
export const xmlEscape = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');

/**
 * The `tag:` URI (RFC 4151) of a feed item: permanent, and independent of where the page lives,
 * so moving the site does not make readers see every item again.
 */
export const tagUri = (authority: string, date: string, specific: string) => `tag:${authority},${date}:${specific}`;

/** The feed's permanent authority: the feed's host name. */
const authorityOf = (url: string) => new URL(url).hostname;

const atomDate = (date: string) => `${date}T00:00:00Z`;

/** The year the reference started: the date part of the feed's own tag URI, which must never change. */
const FEED_TAG_YEAR = '2026';

/** Days' worth of changes as an Atom 1.0 feed (RFC 4287). */
export function atomFeed(days: readonly ChangeDay[], options: FeedOptions): string {
	const authority = authorityOf(options.self);
	const items: string[] = [];
	for (const d of days) {
		for (const c of d.changes) {
			items.push(
				entryXml({
					id: tagUri(authority, c.date, `errors/${c.id}/changes/${c.sequence}`),
					title: `${c.code}: ${c.title}`,
					updated: atomDate(c.date),
					link: options.errorUrl(c.id),
					summary: c.note,
				}),
			);
		}
		if (d.checked.length > 0) {
			const n = d.checked.length;
			items.push(
				entryXml({
					id: tagUri(authority, d.date, 'checked'),
					title: `${countOf(n, 'entry', 'entries')} checked against Meta's documentation, nothing changed`,
					updated: atomDate(d.date),
					link: options.dayUrl(d.date),
					summary: `Checked with no change: ${d.checked.map((e) => e.code).join(', ')}.`,
				}),
			);
		}
	}
	const kept = items.slice(0, options.limit ?? 100);
	const updated = days[0] ? atomDate(days[0].date) : '1970-01-01T00:00:00Z';
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`<id>${xmlEscape(tagUri(authority, FEED_TAG_YEAR, 'changes'))}</id>`,
		`<title>${xmlEscape(options.title)}</title>`,
		`<updated>${updated}</updated>`,
		`<author><name>${xmlEscape(options.author)}</name></author>`,
		`<link rel="self" type="application/atom+xml" href="${xmlEscape(options.self)}"/>`,
		`<link rel="alternate" type="text/html" href="${xmlEscape(options.page)}"/>`,
		...kept,
		'</feed>',
		'',
	].join('\n');
}

function entryXml(item: { id: string; title: string; updated: string; link: string; summary: string }): string {
	return [
		'<entry>',
		`<id>${xmlEscape(item.id)}</id>`,
		`<title>${xmlEscape(item.title)}</title>`,
		`<updated>${item.updated}</updated>`,
		`<link rel="alternate" type="text/html" href="${xmlEscape(item.link)}"/>`,
		`<summary>${xmlEscape(item.summary)}</summary>`,
		'</entry>',
	].join('\n');
}
