/**
 * <error-filters>: narrows a server-rendered list of errors. The list is complete without this
 * script; the element only hides rows. State lives in the URL query, so a filtered view is a
 * link, and every change is a history entry (typing replaces its own entry instead of adding
 * one per keystroke). Never writes markup: text goes through textContent only.
 */
import {
	FACET_KEYS,
	NO_FILTERS,
	hasFilters,
	matchesFilters,
	normalizeText,
	parseFilters,
	resultStatus,
	serializeFilters,
	type AllowedValues,
	type FacetKey,
	type FilterRow,
	type Filters,
} from '../../lib/filters.ts';

interface Row {
	el: HTMLElement;
	data: FilterRow;
}

class ErrorFilters extends HTMLElement {
	#rows: Row[] = [];
	#selects = new Map<FacetKey, HTMLSelectElement>();
	#allowed: AllowedValues = {};
	#text: HTMLInputElement | null = null;
	#status: HTMLElement | null = null;
	#clear: HTMLElement | null = null;
	#typing = false;
	#timer = 0;
	#onPop = () => {
		this.#typing = false;
		this.#apply(this.#fromUrl(location.search), null);
	};

	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		this.#text = form.querySelector('input[name="q"]');
		this.#status = this.querySelector('[data-filter-status]');
		this.#clear = this.querySelector('[data-filter-clear]');
		for (const key of FACET_KEYS) {
			const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
			if (!select) continue;
			this.#selects.set(key, select);
			this.#allowed[key] = [...select.options].map((o) => o.value).filter(Boolean);
		}
		this.#rows = [...this.querySelectorAll<HTMLElement>('[data-error-row]')].map((el) => {
			const d = el.dataset;
			return {
				el,
				data: {
					category: d.category ?? '',
					action: d.action ?? '',
					stage: d.stage ?? '',
					retry: d.retry ?? '',
					text: normalizeText(d.text ?? ''),
				},
			};
		});

		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('change', (event) => {
			this.#typing = false; // the next keystroke starts a new history entry
			if (event.target !== this.#text) this.#apply(this.#fromForm(), 'push');
		});
		this.#text?.addEventListener('input', () => {
			this.#apply(this.#fromForm(), this.#typing ? 'replace' : 'push', true);
			this.#typing = true;
		});
		this.#clear?.addEventListener('click', () => {
			this.#typing = false;
			this.#apply(NO_FILTERS, 'push');
			this.#text?.focus();
		});
		// Links to a filtered view of this page (the stage map) change the filters in place.
		this.addEventListener('click', (event) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter-link]');
			if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
			const url = new URL(link.href);
			if (url.pathname !== location.pathname) return;
			event.preventDefault();
			this.#typing = false;
			this.#apply(this.#fromUrl(url.search), 'push');
		});
		addEventListener('popstate', this.#onPop);
		this.#apply(this.#fromUrl(location.search), null);
	}

	disconnectedCallback() {
		removeEventListener('popstate', this.#onPop);
		clearTimeout(this.#timer);
	}

	#fromUrl(search: string): Filters {
		return parseFilters(search, this.#allowed);
	}

	#fromForm(): Filters {
		const value = (key: FacetKey) => this.#selects.get(key)?.value ?? '';
		return {
			category: value('category'),
			action: value('action'),
			stage: value('stage'),
			retry: value('retry'),
			q: this.#text?.value ?? '',
		};
	}

	/** Show the rows that match, update counts, controls and the URL; `history` null leaves the URL alone. */
	#apply(filters: Filters, history: 'push' | 'replace' | null, typing = false) {
		for (const [key, select] of this.#selects) {
			select.value = filters[key];
			for (const option of select.options) {
				const count = this.#rows.filter((r) => matchesFilters(r.data, { ...filters, [key]: option.value })).length;
				option.textContent = `${option.dataset.label ?? option.value} (${count})`;
			}
		}
		if (this.#text && !typing && this.#text.value !== filters.q) this.#text.value = filters.q;

		let shown = 0;
		for (const { el, data } of this.#rows) {
			const match = matchesFilters(data, filters);
			el.hidden = !match;
			if (match) shown++;
		}
		for (const group of this.querySelectorAll<HTMLElement>('[data-category-group]')) {
			const visible = group.querySelectorAll('[data-error-row]:not([hidden])').length;
			group.hidden = visible === 0;
			const count = group.querySelector('[data-group-count]');
			const total = group.querySelectorAll('[data-error-row]').length;
			if (count) count.textContent = visible === total ? `(${total})` : `(${visible} of ${total})`;
		}
		for (const link of this.querySelectorAll<HTMLElement>('[data-stage-link]')) {
			if (link.dataset.stageLink === filters.stage) link.setAttribute('aria-current', 'true');
			else link.removeAttribute('aria-current');
		}
		if (this.#clear) this.#clear.hidden = !hasFilters(filters);

		// Announce once typing pauses, not at every keystroke.
		clearTimeout(this.#timer);
		const status = resultStatus(shown, this.#rows.length);
		const announce = () => {
			// Unchanged text is left alone so screen readers do not repeat it (popstate on a #hash link).
			if (this.#status && this.#status.textContent !== status) this.#status.textContent = status;
		};
		if (typing) this.#timer = window.setTimeout(announce, 400);
		else announce();

		if (history) {
			const url = `${location.pathname}${serializeFilters(filters)}${location.hash}`;
			if (url !== `${location.pathname}${location.search}${location.hash}`) {
				if (history === 'push') window.history.pushState(null, '', url);
				else window.history.replaceState(null, '', url);
			}
		}
	}
}

if (!customElements.get('error-filters')) customElements.define('error-filters', ErrorFilters);
