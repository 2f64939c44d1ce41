/**
 * The one client of the reference in the browser: `/errors.json` (fetched and checked once) and
 * Pagefind's bundle (imported only when asked for). The decoder page and search both ask here,
 * so each file is fetched at most once a page, whichever asks first. A failed load is forgotten,
 * so the next call tries again.
 *
 * Loading Pagefind is a call, not an import: the bundle's URL is known only at run time (under
 * the base path), so a module that imports this one carries none of Pagefind's code.
 */
import type { ErrorExport, ExportedError } from '../../lib/error-export.ts';
import { withBase } from '../../lib/paths.ts';
import { META_WEIGHTS } from '../../lib/search/index-settings.ts';
import type { PagefindPage } from '../../lib/search/merge.ts';

type Taxonomy = ErrorExport['taxonomy'];

/** `/errors.json`, as the pages use it. */
export interface Reference {
	/** Every record, in the export's order: what the decoder matches against. */
	entries: readonly ExportedError[];
	byId: ReadonlyMap<string, ExportedError>;
	/** Taxonomy labels by id, per list (`labels.actions.get('fix-input')`). */
	labels: { readonly [K in keyof Taxonomy]: ReadonlyMap<string, string> };
}

/** The parts of Pagefind's `pagefind.js` used here (its documented API). */
export interface Pagefind {
	search(term: string, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
	debouncedSearch(
		term: string,
		options?: Record<string, unknown>,
		timeoutMs?: number,
	): Promise<PagefindResponse | null>;
}
interface PagefindResponse {
	results: PagefindResult[];
}
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindPage>;
}
interface PagefindModule extends Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
}

let reference: Promise<Reference> | undefined;
let pagefind: Promise<Pagefind> | undefined;

/** The one check of the file's shape: version 1 (which only gains fields), records and labels. */
function toReference(data: unknown): Reference {
	const file = data as Partial<ErrorExport> | null;
	const taxonomy = file?.taxonomy;
	if (file?.version !== 1 || !Array.isArray(file.errors) || !taxonomy) throw new Error('Unexpected /errors.json');
	const labels = (list: readonly { id: string; label: string }[] = []) => new Map(list.map((x) => [x.id, x.label]));
	return {
		entries: file.errors,
		byId: new Map(file.errors.map((e) => [e.id, e])),
		labels: {
			categories: labels(taxonomy.categories),
			stages: labels(taxonomy.stages),
			actions: labels(taxonomy.actions),
			retry: labels(taxonomy.retry),
			keys: labels(taxonomy.keys),
		},
	};
}

/** `/errors.json`, fetched and checked once. */
export function loadReference(): Promise<Reference> {
	reference ??= fetch(withBase('/errors.json'))
		.then((response) => {
			if (!response.ok) throw new Error(`/errors.json: HTTP ${response.status}`);
			return response.json() as Promise<unknown>;
		})
		.then(toReference)
		.catch((error: unknown) => {
			reference = undefined;
			throw error;
		});
	return reference;
}

/** Pagefind's bundle, imported and set up once. */
export function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (import(/* @vite-ignore */ withBase('/pagefind/pagefind.js')) as Promise<PagefindModule>)
		.then(async (pf) => {
			await pf.options({
				baseUrl: import.meta.env.BASE_URL,
				excerptLength: 18,
				ranking: { metaWeights: META_WEIGHTS },
			});
			await pf.init();
			return pf;
		})
		.catch((error: unknown) => {
			pagefind = undefined;
			throw error;
		});
	return pagefind;
}
