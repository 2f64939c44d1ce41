/**
 * The search dialog, built from Pagefind's Component UI: modal, input, category and action
 * filters, summary, results and keyboard hints. This module is a lazily imported chunk:
 * site-search.ts imports it when a visitor focuses or opens search, so pages that are never
 * searched never load it.
 *
 * Two things are ours. Each result is drawn as code, title and action badge from the index
 * metadata (no page is fetched to show it); and Pagefind's `search` is wrapped so a page whose
 * exact key equals the query comes first (lib/search-query.ts). Text is set with textContent only.
 */
import { configureInstance, type PagefindResultData } from '@pagefind/component-ui';
import stylesheet from './search.css?url';
import {
	DIALOG_FILTERS,
	excerptSegments,
	META_WEIGHTS,
	SEARCH_FILTERS,
	forCurrentTerm,
	withExactKeys,
	type SearchFn,
	type SearchResultLike,
} from '../../lib/search-query.ts';
import { withBase } from '../../lib/paths.ts';

interface ModalElement extends HTMLElement {
	open(): void;
	readonly isOpen: boolean;
	dialogEl: HTMLDialogElement | null;
}
interface InputElement extends HTMLElement {
	inputEl: HTMLInputElement | null;
	debounce: number;
}
interface ResultsElement extends HTMLElement {
	hideSubResults: boolean;
	resultTemplate: ((result: PagefindResultData) => Element | Element[]) | null;
}

const INSTANCE = 'site';

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

const instance = configureInstance(INSTANCE, {
	bundlePath: withBase('/pagefind/'),
	baseUrl: import.meta.env.BASE_URL,
	excerptLength: 18,
	ranking: { metaWeights: META_WEIGHTS },
});
instance.setLanguage('en');
instance.setTranslations({
	placeholder: 'Code or message, e.g. 2207026',
	search_label: 'Search errors by code or message',
	input_hint: 'Results appear as you type. Press Enter to open the first one.',
	// In the dialog Escape closes it: the modal takes the key before the input could clear itself.
	keyboard_clear: 'close',
});

/**
 * The Component UI keeps the loaded Pagefind API on a field of the instance and calls its
 * `search`. Intercepting that one assignment puts our search in its place, however and whenever
 * the bundle loads: exact keys first, and always for the term now in the box (see
 * forCurrentTerm: a search typed while Pagefind loads could otherwise show an older term's
 * results). The rest of the API is left as it is.
 */
type PagefindApi = { search: SearchFn<SearchResultLike> } & Record<string, unknown>;
let api: PagefindApi | null = null;
Object.defineProperty(instance, '__pagefind__', {
	configurable: true,
	get: () => api,
	set: (loaded: PagefindApi | null) => {
		api = loaded && {
			...loaded,
			search: forCurrentTerm(withExactKeys(loaded.search.bind(loaded)), () => ({
				term: instance.searchTerm,
				filters: instance.searchFilters,
			})),
		};
	},
});

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K];
function el(tag: `pagefind-${string}`, className?: string): HTMLElement;
function el(tag: string, className = '', text?: string): HTMLElement {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** A result card in Pagefind's own classes, so it keeps the Component UI look and keyboard handling. */
function card(href: string, heading: Node[], excerpt: string): HTMLLIElement {
	const link = el('a', 'pf-result-link search-hit');
	link.href = href;
	link.append(...heading);
	const title = el('p', 'pf-result-title');
	title.append(link);
	const content = el('div', 'pf-result-content');
	content.append(title);
	if (excerpt) {
		const p = el('p', 'pf-result-excerpt');
		p.append(...excerptSegments(excerpt).map((s) => (s.marked ? el('mark', '', s.text) : document.createTextNode(s.text))));
		content.append(p);
	}
	const box = el('div', 'pf-result-card');
	box.append(content);
	const li = el('li', 'pf-result');
	li.append(box);
	return li;
}

/** An error page as code, title and action badge; the FAQ as the questions that matched best. */
function renderResult(result: PagefindResultData): Element | Element[] {
	const { meta } = result;
	const code = meta['code'];
	if (code) {
		const heading = [el('code', 'search-hit-code', code), el('span', 'search-hit-title', meta['title'] ?? '')];
		if (meta['action']) heading.push(el('span', `badge badge-${meta['tone'] ?? 'fix'}`, meta['action']));
		return card(result.url, heading, result.excerpt);
	}
	const subs = instance.getDisplaySubResults(result, 2);
	const items = subs.length > 0 ? subs : [{ url: result.url, title: meta['title'] ?? '', excerpt: result.excerpt }];
	return items.map((sub) => card(sub.url, [el('span', 'search-hit-kind', 'FAQ'), el('span', 'search-hit-title', sub.title)], sub.excerpt));
}

/**
 * Accessible names the Component UI 1.5 dropdown lacks (axe flags them). Its trigger has role
 * combobox, which takes no name from its text, and so has its listbox, labelled by that trigger:
 * both are labelled by the visible label instead. Each option's name ("Media Format, 8 results")
 * must contain its visible text ("Media Format 8"), so the comma goes and a space separates
 * the count; options are redrawn on every search, hence the observer.
 */
function repairDropdown(dropdown: Element) {
	const label = dropdown.querySelector('.pf-dropdown-trigger-label');
	if (label) {
		label.id ||= instance.generateId('pf-dropdown-label');
		dropdown.querySelector('.pf-dropdown-trigger')?.setAttribute('aria-labelledby', label.id);
		dropdown.querySelector('[role="listbox"]')?.setAttribute('aria-labelledby', label.id);
	}
	const renameOptions = () => {
		for (const option of dropdown.querySelectorAll('[role="option"][aria-label*=", "]')) {
			option.setAttribute('aria-label', (option.getAttribute('aria-label') ?? '').replace(', ', ' '));
			// A space between label and count, so the visible text reads "Media Format 8", not "Media Format8".
			const count = option.querySelector('.pf-dropdown-option-count');
			if (count && count.previousSibling?.nodeType !== Node.TEXT_NODE) count.before(' ');
		}
	};
	renameOptions();
	new MutationObserver(renameOptions).observe(dropdown, { subtree: true, childList: true, attributeFilter: ['aria-label'] });
}

/**
 * The modal builds its default parts (header with input, body with summary and results, footer
 * with keyboard hints); they are tuned in place and the filters added. Handing the modal parts
 * built beforehand would move connected elements, and they would set themselves up twice.
 */
function build(): { modal: ModalElement; input: InputElement } {
	const modal = el('pagefind-modal') as ModalElement;
	modal.setAttribute('instance', INSTANCE);
	modal.classList.add('site-search-modal');
	document.body.append(modal);
	const input = modal.querySelector('pagefind-input') as InputElement;
	input.debounce = 120;
	const results = modal.querySelector('pagefind-results') as ResultsElement;
	results.hideSubResults = true;
	results.resultTemplate = renderResult;
	const filters = el('div', 'search-filters');
	for (const filter of DIALOG_FILTERS) {
		const dropdown = el('pagefind-filter-dropdown');
		dropdown.setAttribute('instance', INSTANCE);
		dropdown.setAttribute('filter', filter);
		dropdown.setAttribute('label', SEARCH_FILTERS[filter]);
		filters.append(dropdown);
	}
	modal.querySelector('pagefind-modal-body')?.prepend(filters);
	filters.querySelectorAll('pagefind-filter-dropdown').forEach(repairDropdown);
	modal.dialogEl?.setAttribute('aria-label', 'Search errors');
	return { modal, input };
}

let parts: { modal: ModalElement; input: InputElement } | undefined;
let returnTo: HTMLInputElement | null = null;
/** The term whose results are on screen, and the term whose first result Enter asked for. */
let shownTerm: string | null = null;
let openFirstFor: string | null = null;

async function openFirst() {
	openFirstFor = null;
	const first = instance.searchResult.results[0];
	if (!first) return;
	const data = await first.data();
	const sub = data.meta['code'] ? undefined : instance.getDisplaySubResults(data, 1)[0];
	window.location.assign(sub?.url ?? data.url);
}

function setUp() {
	const built = build();
	const { modal, input } = built;
	modal.dialogEl?.addEventListener('close', () => {
		returnTo?.focus();
		returnTo = null;
	});
	const field = input.inputEl;
	field?.addEventListener('focus', () => instance.registerShortcut({ label: '↵', description: 'open first' }, input));
	// Enter opens the first result, as soon as the results for what was typed are in.
	field?.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter' || event.isComposing) return;
		event.preventDefault();
		const term = field.value;
		if (!term.trim()) return;
		openFirstFor = term;
		if (shownTerm === term) void openFirst();
		else if (instance.searchTerm !== term) instance.triggerSearch(term);
	});
	instance.on('search', () => {
		shownTerm = null;
	});
	instance.on('results', () => {
		shownTerm = instance.searchTerm;
		if (openFirstFor !== null && openFirstFor === shownTerm) void openFirst();
	});
	return built;
}

/** Starts loading Pagefind (entry, WebAssembly, index metadata) before the first keystroke. */
export function preload(): void {
	void instance.triggerLoad();
}

/**
 * Opens the dialog. Whatever was typed into `from` so far moves into the dialog's search box,
 * and `from` gets focus back when the dialog closes.
 */
export async function openSearch(from: HTMLInputElement): Promise<void> {
	await styled;
	parts ??= setUp();
	const { modal, input } = parts;
	if (!modal.isOpen) {
		returnTo = from;
		modal.open();
	}
	const query = from.value;
	from.value = '';
	const field = input.inputEl;
	if (!field) return;
	field.focus();
	if (query) {
		field.value = query;
		field.dispatchEvent(new Event('input', { bubbles: true }));
	}
}
