/**
 * `/search/?q=…` with JavaScript: the same search as the header dialog, run on `q` and listed
 * on the page, where the decoder's confident answer gets the whole best-match card (as on the
 * decoder page) above the further results. Without JavaScript the page still lists every
 * error (see pages/search.astro).
 */
import { bestCard, h, hitLink } from '../answer/answer-view.ts';
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
	const [top] = outcome.hits;
	const answer = outcome.answered && top?.id ? outcome.ref.byId.get(top.id) : undefined;
	const card = answer && bestCard(outcome.ref, answer, top?.reasons ?? []);
	note.replaceChildren(...[noteFor(outcome), card].filter((box) => box instanceof HTMLElement));
	list.replaceChildren(...outcome.hits.slice(card ? 1 : 0).map((hit) => h('li', {}, hitLink(hit))));
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
