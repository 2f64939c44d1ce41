/**
 * `/search/?q=…` with JavaScript: the same search as the header dialog, run on `q` and listed
 * on the page. Without JavaScript the page still lists every error (see pages/search.astro).
 */
import { h, hitLink } from '../answer/answer-view.ts';
import { runSearch, type SearchOutcome } from './search-engine.ts';
import { noteFor, statusText } from './search-view.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
const status = root?.querySelector<HTMLElement>('[data-search-status]');
const note = root?.querySelector<HTMLElement>('[data-search-note]');
const list = root?.querySelector<HTMLElement>('[data-search-results]');

function render(outcome: SearchOutcome) {
	if (!status || !note || !list) return;
	status.textContent = statusText(outcome);
	const box = noteFor(outcome);
	note.replaceChildren(...(box ? [box] : []));
	list.replaceChildren(...outcome.hits.map((hit, i) => h('li', {}, hitLink(hit, outcome.answered && i === 0))));
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
