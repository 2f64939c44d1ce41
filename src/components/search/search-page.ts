/**
 * `/search/?q=…` with JavaScript: the same search as the header dialog, run on `q` and listed
 * on the page. Without JavaScript the page still lists every error (see pages/search.astro).
 */
import { isFillerOnly } from '../../lib/search-query.ts';
import { runSearch, type SearchOutcome } from './search-engine.ts';
import { el, hitLink, noMatch, statusText, understoodNote } from './hits.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
const status = root?.querySelector<HTMLElement>('[data-search-status]');
const note = root?.querySelector<HTMLElement>('[data-search-note]');
const list = root?.querySelector<HTMLElement>('[data-search-results]');

function render(outcome: SearchOutcome) {
	if (!status || !note || !list) return;
	status.textContent = statusText(outcome);
	const { shape } = outcome.decoded;
	const box =
		outcome.complete && outcome.hits.length === 0 && !isFillerOnly(outcome.query)
			? noMatch(outcome)
			: shape === 'number' || shape === 'text'
				? null
				: understoodNote(outcome.decoded.fields, false);
	note.replaceChildren(...(box ? [box] : []));
	list.replaceChildren(
		...outcome.hits.map((hit, i) => {
			const item = el('li');
			item.append(hitLink(hit, i === 0 && hit.from === 'decoder' && hit.strength !== 'possible'));
			return item;
		}),
	);
	list.setAttribute('aria-busy', String(!outcome.complete));
}

const query = new URLSearchParams(window.location.search).get('q') ?? '';
if (root && input && status && list) {
	root.dataset['searchPage'] = 'ready';
	input.value = query;
	if (query.trim()) {
		status.textContent = 'Searching…';
		list.setAttribute('aria-busy', 'true');
		runSearch(query, render).then(
			(outcome) => outcome && render(outcome),
			() => {
				status.textContent = 'Search could not load. Every error is listed below.';
				list.setAttribute('aria-busy', 'false');
			},
		);
	}
}
