/**
 * DOM for search results, shared by the header dialog and /search/. Whatever was pasted is
 * untrusted text: every string goes in with textContent or as a text node, never as HTML.
 */
import { toFragment } from '../../lib/decode.ts';
import { withBase } from '../../lib/paths.ts';
import { scopeParts } from '../../lib/scope.ts';
import {
	excerptSegments,
	isFillerOnly,
	understood,
	type SearchHit,
	type UnderstoodLike,
} from '../../lib/search-query.ts';
import type { SearchOutcome } from './search-engine.ts';

export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** A query as quoted in a sentence: one line, at most 60 characters. */
export const quoted = (query: string) => {
	const line = query.replace(/\s+/g, ' ').trim();
	return `“${line.length > 60 ? `${line.slice(0, 59)}…` : line}”`;
};

/** One result as a link: code, title and action badge, then why it matched or the excerpt. */
export function hitLink(hit: SearchHit, best: boolean): HTMLAnchorElement {
	const link = el('a', 'search-hit');
	link.href = hit.url;
	const head = el('span', 'search-hit-head');
	if (hit.code) head.append(el('code', 'search-hit-code', hit.code));
	else head.append(el('span', 'search-hit-kind', 'FAQ'));
	head.append(' ', el('span', 'search-hit-title', hit.title));
	if (hit.actionLabel) head.append(' ', el('span', `badge badge-${hit.tone ?? 'fix'}`, hit.actionLabel));
	link.append(head);
	if (hit.reason) {
		const why = el('span', 'search-hit-why');
		if (best) why.append(el('strong', '', 'Best match: '));
		why.append(hit.reason);
		link.append(' ', why);
	} else if (hit.excerpt) {
		const excerpt = el('span', 'search-hit-excerpt');
		for (const s of excerptSegments(hit.excerpt))
			excerpt.append(s.marked ? el('mark', '', s.text) : document.createTextNode(s.text));
		link.append(' ', excerpt);
	}
	return link;
}

/** "Read from your text: code 100 · subcode 33 · …", or null when there is nothing worth showing. */
export function understoodNote(fields: UnderstoodLike, always: boolean): HTMLElement | null {
	const parts = understood(fields);
	if (
		parts.length === 0 ||
		(!always && parts.length === 1 && (parts[0]?.label === 'number' || parts[0]?.label === 'message'))
	)
		return null;
	const box = el('div', 'search-understood');
	box.append(el('span', 'search-understood-label', 'Read from your text:'));
	const list = el('dl');
	for (const { label, value } of parts) {
		const item = el('div');
		item.append(el('dt', '', label), el('dd', '', value));
		list.append(item);
	}
	box.append(list);
	return box;
}

/** The answer when nothing matched: said plainly, with what was read and where to go next. */
export function noMatch(outcome: SearchOutcome): HTMLElement {
	const box = el('div', 'search-none');
	box.append(el('p', 'search-none-title', 'No page in this reference covers this yet.'));
	const note = understoodNote(outcome.decoded.fields, true);
	if (note) box.append(note);
	const next = el('p', 'search-none-next');
	const decoder = el('a', '', 'Open it in the decoder');
	decoder.href = `${withBase('/decode/')}${toFragment(outcome.query)}`;
	const all = el('a', '', 'browse all errors');
	all.href = withBase('/errors/');
	next.append(decoder, ' to see every field it read, or ', all, '.');
	box.append(next, scopeNote());
	return box;
}

/** What the reference covers and leaves out (lib/scope.ts), as a paragraph. */
function scopeNote(): HTMLElement {
	const p = el('p', 'search-none-scope');
	for (const part of scopeParts()) {
		if (typeof part === 'string') p.append(part);
		else {
			const a = el('a', '', part.text);
			a.href = part.href;
			p.append(a);
		}
	}
	p.dataset['scope'] = '';
	return p;
}

/** The status line for an outcome: how many results, for what, and whether more are coming. */
export function statusText(outcome: SearchOutcome): string {
	const n = outcome.hits.length;
	if (n === 0 && isFillerOnly(outcome.query)) return 'Type the code, a message, or paste the whole error.';
	if (!outcome.complete)
		return n > 0 ? `${n} result${n === 1 ? '' : 's'} so far for ${quoted(outcome.query)}…` : 'Searching…';
	if (n === 0)
		return `No results for ${quoted(outcome.query)}${outcome.fullTextFailed ? ' (full-text search could not load)' : ''}.`;
	const retried = outcome.fullTextFailed
		? ' (full-text search could not load; these come from codes and messages only)'
		: outcome.retriedWith
			? ` (full text searched for ${quoted(outcome.retriedWith)})`
			: '';
	return `${n} result${n === 1 ? '' : 's'} for ${quoted(outcome.query)}${retried}.`;
}
