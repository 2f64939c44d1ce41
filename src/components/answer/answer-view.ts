/**
 * The answer as the pages show it: a result line, the best match, the other candidates, what was
 * read from the paste (a short list or the full table) and the no-match answer with what the
 * reference covers. The decoder page, the search dialog and /search/ build their results from
 * these, with the styles of answer.css.
 *
 * This module loads neither data nor Pagefind: callers pass what they loaded (answer-client.ts),
 * so the decoder page can use it without pulling in any search code.
 *
 * Everything pasted or loaded is written as text nodes (`h()` below), never parsed as HTML.
 * Links only ever point at site paths, or at the Meta references named in lib/scope.ts.
 */
import {
	readFields,
	searchTerm,
	SHAPE_LABELS,
	toFragment,
	type DecodeResult,
	type ExtractedFields,
	type Family,
} from '../../lib/decode.ts';
import type { ExportedError } from '../../lib/error-export.ts';
import { categoryPath, withBase } from '../../lib/paths.ts';
import { NOT_COVERED, scopeParts } from '../../lib/scope.ts';
import { actionTone, excerptSegments, type SearchHit } from '../../lib/search/merge.ts';
import type { Reference } from './answer-client.ts';

type Child = Node | string | false | null | undefined;

/** An element with attributes (undefined ones left out) and children; strings become text nodes, never markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string | undefined> = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
	for (const child of children) if (child) el.append(child);
	return el;
}

/** Only same-site absolute paths become links. */
const safePath = (url: string) => (/^\/(?!\/)/.test(url) ? url : '#');

let ids = 0;
/** A heading with a fresh id, and the attributes of a region it names (a page may show two answers at once). */
function heading(text: string): [HTMLElement, Record<string, string>] {
	const id = `answer-${++ids}`;
	return [h('h2', { id, class: 'answer-heading' }, text), { 'aria-labelledby': id }];
}

const label = (labels: ReadonlyMap<string, string>, id: string) => labels.get(id) ?? id;

/** The action badge (the colours of `.badge-<tone>` in the site's stylesheet). */
const badge = (text: string, tone = 'fix', action?: string) =>
	h('span', { class: `badge badge-${tone}`, 'data-action': action }, text);

/** One result as a link: code (or FAQ), title and action badge, then why it matched or the excerpt. */
export function hitLink(hit: SearchHit, best = false): HTMLAnchorElement {
	const head = h(
		'span',
		{ class: 'answer-hit-head' },
		hit.code ? h('code', { class: 'answer-hit-code' }, hit.code) : h('span', { class: 'answer-hit-kind' }, 'FAQ'),
		' ',
		h('span', { class: 'answer-hit-title' }, hit.title),
		hit.actionLabel && ' ',
		hit.actionLabel && badge(hit.actionLabel, hit.tone),
	);
	const reason = hit.reasons?.[0];
	const why =
		reason !== undefined
			? h('span', { class: 'answer-hit-why' }, best && h('strong', {}, 'Best match: '), reason)
			: hit.excerpt &&
				h(
					'span',
					{ class: 'answer-hit-excerpt' },
					...excerptSegments(hit.excerpt).map((s) => (s.marked ? h('mark', {}, s.text) : s.text)),
				);
	return h('a', { class: 'answer-hit', href: safePath(hit.url) }, head, why && ' ', why);
}

/** The decoder's answer: the entry, why it matched, what it means, the action, retry advice and stage. */
export function bestCard(ref: Reference, entry: ExportedError, reasons: readonly string[]): HTMLElement {
	const [title, named] = heading('Best match');
	const href = safePath(entry.url);
	const row = (term: string, ...value: Child[]) => [h('dt', {}, term), h('dd', {}, ...value)];
	return h(
		'section',
		{ ...named, class: 'answer-best', 'data-decoder-best': '' },
		title,
		h(
			'p',
			{ class: 'answer-best-title' },
			h('a', { href, 'data-match-rank': '1' }, h('code', {}, entry.code), ` · ${entry.title}`),
		),
		h('p', { class: 'answer-why' }, `Matched on: ${reasons.join('; ')}.`),
		h('p', { class: 'answer-prose' }, entry.description),
		h(
			'dl',
			{ class: 'answer-facts' },
			...row('Action', badge(label(ref.labels.actions, entry.action), actionTone(entry.action), entry.action)),
			...row('Retry', h('strong', {}, `${label(ref.labels.retry, entry.retry)}.`), ` ${entry.retry_when}`),
			...row('Stage', label(ref.labels.stages, entry.stage)),
		),
		h(
			'p',
			{},
			h('a', { href }, `Read the full page for ${entry.code}`),
			': what happened, what to do, and what not to do.',
		),
	);
}

/**
 * Further matches as a list of result lines: "Other candidates" after a best match, else
 * "Possible matches". Each link carries its place: `data-match-rank` (2, 3…) or `data-match-possible` (1, 2…).
 */
export function candidates(hits: readonly SearchHit[], certain: boolean): HTMLElement | null {
	if (hits.length === 0) return null;
	const [title, named] = heading(certain ? 'Other candidates' : 'Possible matches');
	const items = hits.map((hit, i) => {
		const link = hitLink(hit);
		link.setAttribute(certain ? 'data-match-rank' : 'data-match-possible', String(certain ? i + 2 : i + 1));
		return h('li', {}, link);
	});
	return h('section', named, title, h('ol', { class: 'answer-list' }, ...items));
}

/** "Read from your text": the fields found, as a short list; null when none was. */
export function readList(fields: ExtractedFields): HTMLElement | null {
	const found = readFields(fields);
	if (found.length === 0) return null;
	const short = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);
	return h(
		'div',
		{ class: 'answer-read', 'data-understood': '' },
		h('span', { class: 'answer-read-label' }, 'Read from your text:'),
		h('dl', {}, ...found.map((f) => h('div', {}, h('dt', {}, f.label), h('dd', {}, short(f.value ?? ''))))),
	);
}

/** Every field the decoder looks for, found or not, and the shape it read the text as. */
export function fieldsTable(result: DecodeResult): HTMLElement {
	const [title, named] = heading('What the decoder read');
	const rows = readFields(result.fields, { table: true }).map((f) =>
		h(
			'tr',
			{},
			h('th', { scope: 'row' }, f.label),
			h('td', {}, f.value ?? h('span', { class: 'answer-muted' }, 'not found')),
		),
	);
	return h(
		'section',
		named,
		title,
		h('p', { class: 'answer-muted' }, `Read as ${SHAPE_LABELS[result.shape]}.`),
		h('table', { class: 'answer-fields', 'data-decoder-fields': '' }, h('tbody', {}, ...rows)),
	);
}

/** The nearest family page as a link: the code's own page, or a category page. */
function familyLink(ref: Reference, family: Family): HTMLElement | null {
	if (family.kind === 'entry') {
		const e = ref.byId.get(family.id);
		return e ? h('a', { href: safePath(e.url), 'data-family': family.id }, `${e.code} · ${e.title}`) : null;
	}
	const name = label(ref.labels.categories, family.id);
	return h('a', { href: withBase(categoryPath(family.id)), 'data-family': family.id }, `${name} errors`);
}

/** For a paste that looks like it comes from an area the reference leaves out: which one, and why. */
function outsideNote(result: DecodeResult): HTMLElement | null {
	const area = result.outside && NOT_COVERED.find((n) => n.topic === result.outside?.topic);
	if (!area || !result.outside) return null;
	return h(
		'p',
		{ 'data-outside': area.topic },
		`It looks like an error from ${area.detail}, which this reference does not cover: your text has ${result.outside.reason}. See `,
		h('a', { href: area.url }, area.where),
		'.',
	);
}

/** What the reference covers and leaves out (lib/scope.ts), as a paragraph. */
const scopeNote = () =>
	h(
		'p',
		{ class: 'answer-muted', 'data-scope': '' },
		...scopeParts().map((part) => (typeof part === 'string' ? part : h('a', { href: part.href }, part.text))),
	);

/** Where to go next from a miss: search for it (from the decoder), or the decoder (from search); and the list. */
function nextSteps(result: DecodeResult, from: 'decoder' | 'search', query: string): HTMLElement {
	const all = h('a', { href: withBase('/errors/') }, 'browse all errors');
	if (from === 'search') {
		const decoder = h('a', { href: `${withBase('/decode/')}${toFragment(query)}` }, 'Open it in the decoder');
		return h('p', {}, decoder, ' to see every field it read, or ', all, '.');
	}
	const term = searchTerm(result.fields);
	const search = term
		? h('a', { href: `${withBase('/search/')}?q=${encodeURIComponent(term)}` }, `Search the reference for “${term}”`)
		: h('a', { href: withBase('/search/') }, 'Search the reference');
	return h('p', {}, search, ' or ', all, '.');
}

/**
 * The answer when no entry matches for certain: said plainly, with what was read, the nearest
 * family page, where to go next, and what the reference leaves out.
 */
export function noMatch(ref: Reference, result: DecodeResult, from: 'decoder' | 'search', query: string): HTMLElement {
	const possible = result.verdict === 'possible';
	const outside = outsideNote(result);
	const [title, named] = heading(
		outside ? 'Outside this reference' : possible ? 'No certain match' : 'No page for this yet',
	);
	const family = result.family && familyLink(ref, result.family);
	return h(
		'section',
		{ ...named, class: 'answer-none', 'data-match-none': '' },
		title,
		outside ??
			h(
				'p',
				{},
				possible
					? 'Nothing in the reference matches this error for certain. The entries below share something with it; check the reasons before relying on one.'
					: 'Nothing in the reference matches this error. It may be new or not yet covered.',
			),
		outside &&
			possible &&
			h(
				'p',
				{},
				'The entries below are Instagram errors that share its code or text: they apply only if the call went to Instagram.',
			),
		readList(result.fields) ?? h('p', {}, 'No code, subcode or message could be read from it.'),
		family &&
			h(
				'p',
				{ 'data-decoder-family': '' },
				'Nearest family: ',
				family,
				h('span', { class: 'answer-muted' }, ` (${result.family?.reason})`),
				'.',
			),
		nextSteps(result, from, query),
		scopeNote(),
	);
}
