/**
 * Categories, stages, actions and retry classes with the entries filed under each and their
 * counts, computed in one place from any list of entries (the whole reference, one category).
 * Pages, the stage map and the tests read counts from here; none are typed in.
 *
 * Pure module: works on collection entries and on the Node reader's files alike.
 */
import type { FacetKey } from './filters.ts';
import { ACTIONS, CATEGORIES, RETRY_CLASSES, STAGES } from './taxonomy.ts';

export interface FacetEntry {
	id: string;
	data: { readonly [K in FacetKey]: string };
}

interface FacetValue<E, I> {
	item: I;
	entries: E[];
	count: number;
}

function group<E extends FacetEntry, I extends { id: string }>(
	entries: readonly E[],
	key: FacetKey,
	items: readonly I[],
) {
	return items.map((item): FacetValue<E, I> => {
		const list = entries.filter((e) => e.data[key] === item.id);
		return { item, entries: list, count: list.length };
	});
}

/** Every facet value in taxonomy order, with its entries (in the given order) and count; values without entries included. */
export function facetsOf<E extends FacetEntry>(entries: readonly E[]) {
	return {
		total: entries.length,
		category: group(entries, 'category', CATEGORIES),
		stage: group(entries, 'stage', STAGES),
		action: group(entries, 'action', ACTIONS),
		retry: group(entries, 'retry', RETRY_CLASSES),
	};
}

export type Facets<E extends FacetEntry> = ReturnType<typeof facetsOf<E>>;

/** Only the values that have entries. */
export const withEntries = <V extends { count: number }>(values: readonly V[]): V[] =>
	values.filter((v) => v.count > 0);

/** The facets whose value differs between some of the entries (the ones worth filtering on). */
export const varyingFacets = (entries: readonly FacetEntry[], keys: readonly FacetKey[]): FacetKey[] =>
	keys.filter((key) => new Set(entries.map((e) => e.data[key])).size > 1);
