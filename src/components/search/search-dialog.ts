/**
 * The search dialog: a native modal <dialog> holding a combobox (the search box) that owns a
 * listbox of results, after the WAI-ARIA combobox pattern. Focus never leaves the box: the
 * arrow keys move `aria-activedescendant` over options that are already in the DOM, so a key
 * pressed while results are still loading cannot race their rendering (it acts on what is on
 * screen, and a redraw keeps the active result where it is). Enter opens the active result, or
 * the first one once the results for the text in the box are in (the decoder's confident answer
 * is in as soon as it shows: full text only adds results after it); Escape closes the dialog
 * and focus returns to the box that opened it.
 *
 * This module is a lazily imported chunk: site-search.ts imports it when a visitor focuses or
 * opens search, so pages that are never searched never load it.
 */
import stylesheet from './search.css?url';
import { MAX_QUERY_CHARS } from '../../lib/search/query.ts';
import { loadReference } from '../answer/answer-client.ts';
import { h, hitLink } from '../answer/answer-view.ts';
import { runSearch, type SearchOutcome } from './search-engine.ts';
import { noteFor, statusText } from './search-view.ts';

/**
 * The dialog's stylesheet, linked from here rather than imported: a CSS import would make Vite
 * put its preload helper into the loader that every page ships.
 */
const styled = new Promise<void>((resolve) => {
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = stylesheet;
	link.addEventListener('load', () => resolve());
	link.addEventListener('error', () => resolve());
	document.head.append(link);
});

interface Parts {
	dialog: HTMLDialogElement;
	input: HTMLInputElement;
	status: HTMLElement;
	note: HTMLElement;
	list: HTMLElement;
}

let parts: Parts | undefined;
let returnTo: HTMLInputElement | null = null;
/** The last search started; an answer for an older one is dropped. */
let sequence = 0;
/** The outcome on screen, and the URL of the active result (kept across redraws). */
let shown: SearchOutcome | null = null;
let activeUrl: string | null = null;
/** Enter was pressed for this text before its results were in: open the first when they are. */
let openFor: string | null = null;

const options = () => [...(parts?.list.querySelectorAll<HTMLAnchorElement>('[role="option"]') ?? [])];

function setActive(index: number | null) {
	if (!parts) return;
	const all = options();
	const target = index === null ? undefined : all[index];
	for (const option of all) option.setAttribute('aria-selected', String(option === target));
	activeUrl = target?.getAttribute('href') ?? null;
	if (target) {
		parts.input.setAttribute('aria-activedescendant', target.id);
		target.scrollIntoView({ block: 'nearest' });
	} else parts.input.removeAttribute('aria-activedescendant');
}

/** Whether the first result for this text is final: search is complete, or the decoder answered. */
const settled = (outcome: SearchOutcome) => outcome.complete || outcome.answered;

function render(outcome: SearchOutcome) {
	if (!parts) return;
	const { input, status, note, list } = parts;
	shown = outcome;
	status.textContent = statusText(outcome);
	const box = noteFor(outcome);
	note.replaceChildren(...(box ? [box] : []));
	note.hidden = !box;
	const keep = activeUrl;
	list.replaceChildren(
		...outcome.hits.map((hit, i) => {
			const option = hitLink(hit, outcome.answered && i === 0);
			option.id = `site-search-option-${i}`;
			option.setAttribute('role', 'option');
			option.setAttribute('aria-selected', 'false');
			// Options are reached with the arrow keys from the box, not with Tab.
			option.tabIndex = -1;
			return option;
		}),
	);
	list.setAttribute('aria-busy', String(!outcome.complete));
	input.setAttribute('aria-expanded', String(outcome.hits.length > 0));
	const kept = keep === null ? -1 : outcome.hits.findIndex((hit) => hit.url === keep);
	setActive(kept >= 0 ? kept : null);
	if (openFor === input.value && settled(outcome)) openActive();
}

function clear() {
	if (!parts) return;
	sequence++;
	shown = null;
	openFor = null;
	parts.status.textContent = '';
	parts.note.replaceChildren();
	parts.note.hidden = true;
	parts.list.replaceChildren();
	parts.list.setAttribute('aria-busy', 'false');
	parts.input.setAttribute('aria-expanded', 'false');
	setActive(null);
}

function search() {
	if (!parts) return;
	const text = parts.input.value;
	if (!text.trim()) return clear();
	const mine = ++sequence;
	const current = () => mine === sequence;
	if (shown?.query !== text) parts.list.setAttribute('aria-busy', 'true');
	runSearch(text, (progress) => current() && render(progress)).then(
		(outcome) => {
			if (outcome && current()) render(outcome);
		},
		() => {
			if (!current() || !parts) return;
			parts.list.setAttribute('aria-busy', 'false');
			parts.status.textContent = 'Search could not load. Check the connection and try again, or browse all errors.';
		},
	);
}

/** Opens the active result, else the first, provided the results on screen are for the text in the box. */
function openActive() {
	if (!parts || !shown || shown.query !== parts.input.value) return;
	const all = options();
	const target = all.find((o) => o.getAttribute('href') === activeUrl) ?? all[0];
	if (!target) return;
	openFor = null;
	window.location.assign(target.href);
}

function onKeydown(event: KeyboardEvent) {
	if (!parts || event.isComposing) return;
	const all = options();
	const index = all.findIndex((o) => o.getAttribute('href') === activeUrl);
	switch (event.key) {
		case 'ArrowDown':
		case 'ArrowUp': {
			event.preventDefault();
			if (all.length === 0) return;
			const step = event.key === 'ArrowDown' ? 1 : -1;
			setActive(index < 0 ? (step > 0 ? 0 : all.length - 1) : (index + step + all.length) % all.length);
			return;
		}
		case 'Enter': {
			event.preventDefault();
			const text = parts.input.value;
			if (!text.trim()) return;
			// The results on screen may be for an older text, or still gaining full-text results:
			// an active result was chosen by the visitor and opens now; otherwise wait for the answer.
			if (shown?.query === text && (settled(shown) || index >= 0)) openActive();
			else openFor = text;
			return;
		}
	}
}

/** Pasted text keeps its line breaks as spaces (a text field drops them, gluing words together). */
function onPaste(event: ClipboardEvent) {
	const input = event.target as HTMLInputElement;
	const text = event.clipboardData?.getData('text/plain');
	if (text === undefined || !/[\r\n]/.test(text)) return;
	event.preventDefault();
	input.setRangeText(
		text.replace(/\s*[\r\n]+\s*/g, ' ').slice(0, MAX_QUERY_CHARS),
		input.selectionStart ?? 0,
		input.selectionEnd ?? 0,
		'end',
	);
	input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The search box: a combobox that owns the results listbox. */
function searchBox(): HTMLInputElement {
	return h('input', {
		id: 'site-search-dialog-input',
		class: 'site-search-input',
		type: 'text',
		autocomplete: 'off',
		spellcheck: 'false',
		maxlength: String(MAX_QUERY_CHARS),
		placeholder: 'Code, message or a whole pasted error',
		enterkeyhint: 'go',
		role: 'combobox',
		'aria-autocomplete': 'list',
		'aria-expanded': 'false',
		'aria-controls': 'site-search-results',
		'aria-describedby': 'site-search-hint',
	});
}

function build(): Parts {
	const dialog = h('dialog', { class: 'site-search-dialog', 'aria-label': 'Search errors' });
	const input = searchBox();
	const close = h('button', { type: 'button', class: 'site-search-close' }, 'Close');
	const form = h(
		'form',
		{ class: 'site-search-bar', role: 'search' },
		h('label', { for: input.id, class: 'sr-only' }, 'Search errors by code or message'),
		input,
		close,
	);
	const hint = h(
		'p',
		{ id: 'site-search-hint', class: 'site-search-hint' },
		'Type a code or paste a whole error. Arrow keys move through results, Enter opens one, Escape closes.',
	);
	const status = h('p', { class: 'site-search-status', role: 'status' });
	const note = h('div', { class: 'site-search-note', hidden: '' });
	const list = h('div', {
		id: 'site-search-results',
		class: 'site-search-results',
		role: 'listbox',
		'aria-label': 'Search results',
	});
	dialog.append(h('div', { class: 'site-search-panel' }, form, hint, status, note, list));
	document.body.append(dialog);

	form.addEventListener('submit', (event) => event.preventDefault());
	close.addEventListener('click', () => dialog.close());
	input.addEventListener('input', search);
	input.addEventListener('keydown', onKeydown);
	input.addEventListener('paste', onPaste);
	// A click on the backdrop (the dialog itself, outside its panel) closes it.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	dialog.addEventListener('close', () => {
		openFor = null;
		returnTo?.focus();
		returnTo = null;
	});
	return { dialog, input, status, note, list };
}

/** Starts loading what the first search needs (the data; Pagefind waits for a query with words). */
export function preload(): void {
	void loadReference().catch(() => undefined);
}

/**
 * Opens the dialog. Whatever was typed into `from` so far moves into the dialog's search box,
 * and `from` gets focus back when the dialog closes.
 */
export async function openSearch(from: HTMLInputElement): Promise<void> {
	await styled;
	parts ??= build();
	const { dialog, input } = parts;
	if (!dialog.open) {
		returnTo = from;
		dialog.showModal();
	}
	const query = from.value;
	from.value = '';
	input.focus();
	if (query) {
		input.value = query.slice(0, MAX_QUERY_CHARS);
		search();
	}
}
