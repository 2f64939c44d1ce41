/**
 * Renders a decode result into `<error-decoder>`. Loaded on demand by error-decoder.ts.
 *
 * Every piece of text, pasted or from the export, is written as a text node (`h()` below);
 * nothing is parsed as HTML. Links only ever point at site paths from the export, or at the
 * Meta references named in lib/scope.ts.
 */
import {
	decode,
	fromFragment,
	MAX_INPUT_CHARS,
	searchTerm,
	shareableText,
	SHAPE_LABELS,
	toFragment,
	type DecodeResult,
	type ExtractedFields,
	type Family,
	type Match,
	type Understood,
} from '../../lib/decode.ts';
import type { ErrorExport, ExportedError } from '../../lib/error-export.ts';
import { scopeParts } from '../../lib/scope.ts';

type Child = Node | string | false | null | undefined;

/** Create an element; string children become text nodes, never markup. */
function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
	for (const child of children) if (child) el.append(child);
	return el;
}

/** Only same-site absolute paths become links. */
const safePath = (url: string) => (/^\/(?!\/)/.test(url) ? url : '#');

const FIELD_ROWS: [keyof ExtractedFields, string][] = [
	['code', 'code'],
	['subcode', 'error_subcode'],
	['number', 'code or subcode'],
	['type', 'type'],
	['message', 'message'],
	['error_user_title', 'error_user_title'],
	['error_user_msg', 'error_user_msg'],
	['status', 'container status'],
	['http', 'HTTP status'],
	['host', 'host'],
	['fbtrace_id', 'fbtrace_id'],
	['is_transient', 'is_transient'],
];
/** Rows shown even when empty, so the table says what was looked for. */
const ALWAYS = new Set<keyof ExtractedFields>([
	'code',
	'subcode',
	'type',
	'message',
	'error_user_title',
	'error_user_msg',
	'fbtrace_id',
	'is_transient',
]);

export function createDecoder(root: HTMLElement, data: ErrorExport) {
	if (data?.version !== 1 || !Array.isArray(data.errors)) throw new Error('Unexpected /errors.json');
	const entries = data.errors;
	const byId = new Map(entries.map((e) => [e.id, e]));
	const label = (list: { id: string; label: string }[], id: string) => list.find((x) => x.id === id)?.label ?? id;
	const status = root.querySelector<HTMLElement>('[data-decoder-status]');
	const results = root.querySelector<HTMLElement>('[data-decoder-results]');
	const shareOut = root.querySelector<HTMLInputElement>('[data-share-output]');
	const searchBase = root.dataset['search'] ?? '/errors/';
	const indexUrl = root.dataset['index'] ?? '/errors/';
	const categoriesBase = root.dataset['categories'] ?? '/categories/';
	const say = (text: string) => {
		if (status) status.textContent = text;
	};

	const badge = (action: string) => {
		const template = root.querySelector<HTMLTemplateElement>(`template[data-badge="${CSS.escape(action)}"]`);
		return template ? template.content.cloneNode(true) : h('span', {}, label(data.taxonomy.actions, action));
	};

	const title = (e: ExportedError, attrs: Record<string, string>) =>
		h('a', { href: safePath(e.url), ...attrs }, h('code', { class: 'font-semibold' }, e.code), ` · ${e.title}`);

	const reasons = (m: Match) => h('p', { class: 'text-sm text-muted' }, `Matched on: ${m.reasons.join('; ')}.`);

	function bestCard(m: Match, e: ExportedError) {
		return h(
			'section',
			{
				'aria-labelledby': 'decoder-best',
				class: 'rounded-lg border-2 border-accent bg-surface p-4',
				'data-decoder-best': '',
			},
			h('h2', { id: 'decoder-best', class: 'text-sm font-semibold uppercase tracking-wide text-muted' }, 'Best match'),
			h('p', { class: 'mt-1 text-xl font-semibold leading-snug' }, title(e, { 'data-match-rank': '1' })),
			reasons(m),
			h('p', { class: 'mt-2 max-w-prose' }, e.description),
			h(
				'dl',
				{ class: 'mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm' },
				h('dt', { class: 'text-muted' }, 'Action'),
				h('dd', {}, badge(e.action)),
				h('dt', { class: 'text-muted' }, 'Retry'),
				h(
					'dd',
					{},
					h('strong', { class: 'font-semibold' }, `${label(data.taxonomy.retry, e.retry)}.`),
					` ${e.retry_when}`,
				),
				h('dt', { class: 'text-muted' }, 'Stage'),
				h('dd', {}, label(data.taxonomy.stages, e.stage)),
			),
			h(
				'p',
				{ class: 'mt-3 text-sm' },
				h('a', { href: safePath(e.url) }, `Read the full page for ${e.code}`),
				': what happened, what to do, and what not to do.',
			),
		);
	}

	/** The nearest family page as a link: the code's own page, or a category page. */
	function familyLink(family: Family) {
		if (family.kind === 'entry') {
			const e = byId.get(family.id);
			if (!e) return null;
			return h('a', { href: safePath(e.url), 'data-family': family.id }, `${e.code} · ${e.title}`);
		}
		const name = label(data.taxonomy.categories, family.id);
		const href = safePath(`${categoriesBase}${encodeURIComponent(family.id)}/`);
		return h('a', { href, 'data-family': family.id }, `${name} errors`);
	}

	/** What was read from the paste, in a short list a person can check. */
	function understoodList(u: Understood) {
		const rows: [string, string | number | undefined][] = [
			['Code', u.code],
			['Subcode', u.subcode],
			['Type', u.type],
			['HTTP status', u.http],
			['Host', u.host],
			['Message', u.message],
			['Title shown to the user', u.userTitle],
			['Message shown to the user', u.userMsg],
		];
		const present = rows.filter(([, v]) => v !== undefined && v !== '');
		if (present.length === 0)
			return h('p', { class: 'mt-2 text-sm' }, 'No code, subcode or message could be read from it.');
		return h(
			'dl',
			{ class: 'mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm', 'data-understood': '' },
			...present.flatMap(([name, value]) => [
				h('dt', { class: 'text-muted' }, name),
				h('dd', { class: '[overflow-wrap:anywhere]' }, String(value)),
			]),
		);
	}

	function noMatch(result: DecodeResult) {
		const term = searchTerm(result.fields);
		const heading = result.verdict === 'possible' ? 'No certain match' : 'No page for this yet';
		const text =
			result.verdict === 'possible'
				? 'Nothing in the reference matches this error for certain. The entries below share something with it; check the reasons before relying on one.'
				: 'Nothing in the reference matches this error. It may be new or not yet covered.';
		const family = result.family && familyLink(result.family);
		return h(
			'section',
			{
				'aria-labelledby': 'decoder-none',
				class: 'rounded-lg border border-note-border bg-note p-4',
				'data-match-none': '',
			},
			h('h2', { id: 'decoder-none', class: 'text-lg font-semibold' }, heading),
			h('p', { class: 'mt-1 max-w-prose' }, text),
			h('h3', { class: 'mt-3 text-sm font-semibold' }, 'What the decoder understood'),
			understoodList(result.understood),
			family &&
				h(
					'p',
					{ class: 'mt-3', 'data-decoder-family': '' },
					'Nearest family: ',
					family,
					h('span', { class: 'text-sm text-muted' }, ` (${result.family?.reason})`),
					'.',
				),
			h(
				'p',
				{ class: 'mt-2' },
				term
					? h('a', { href: `${searchBase}?q=${encodeURIComponent(term)}` }, `Search the reference for “${term}”`)
					: 'Search the reference',
				' or ',
				h('a', { href: indexUrl }, 'browse all errors'),
				'.',
			),
			h(
				'p',
				{ class: 'mt-2 max-w-prose text-sm text-muted', 'data-scope': '' },
				...scopeParts().map((part) => (typeof part === 'string' ? part : h('a', { href: part.href }, part.text))),
			),
		);
	}

	function candidates(list: Match[], certain: boolean) {
		if (list.length === 0) return null;
		const items = list.map((m, i) => {
			const e = byId.get(m.id);
			if (!e) return null;
			const attrs: Record<string, string> = certain
				? { 'data-match-rank': String(i + 2) }
				: { 'data-match-possible': String(i + 1) };
			return h(
				'li',
				{ class: 'rounded-md border border-border bg-surface px-3 py-2' },
				h('p', { class: 'flex flex-wrap items-baseline gap-x-3' }, title(e, attrs), badge(e.action)),
				reasons(m),
			);
		});
		const heading = certain ? 'Other candidates' : 'Possible matches';
		return h(
			'section',
			{ 'aria-labelledby': 'decoder-others' },
			h('h2', { id: 'decoder-others', class: 'text-lg font-semibold' }, heading),
			h('ol', { class: 'mt-2 space-y-2' }, ...items),
		);
	}

	function fieldsTable(result: DecodeResult) {
		const rows = FIELD_ROWS.filter(([key]) => ALWAYS.has(key) || result.fields[key] !== undefined).map(
			([key, name]) => {
				const value = result.fields[key];
				const shown = key === 'code' && value === undefined ? result.fields.code_name : value;
				return h(
					'tr',
					{ class: 'border-t border-border' },
					h(
						'th',
						{
							scope: 'row',
							class: 'w-1 whitespace-nowrap py-1.5 pr-6 text-left align-top font-mono text-sm font-normal text-muted',
						},
						name,
					),
					h(
						'td',
						{ class: 'py-1.5 align-top [overflow-wrap:anywhere]' },
						shown === undefined ? h('span', { class: 'text-muted' }, 'not found') : String(shown),
					),
				);
			},
		);
		return h(
			'section',
			{ 'aria-labelledby': 'decoder-fields' },
			h('h2', { id: 'decoder-fields', class: 'text-lg font-semibold' }, 'What the decoder read'),
			h('p', { class: 'mt-1 text-sm text-muted' }, `Read as ${SHAPE_LABELS[result.shape]}.`),
			h('table', { class: 'mt-2 w-full text-sm', 'data-decoder-fields': '' }, h('tbody', {}, ...rows)),
		);
	}

	function render(result: DecodeResult, cutFrom: number | undefined) {
		if (!results) return;
		if (result.verdict === 'empty') {
			results.replaceChildren();
			results.hidden = true;
			say('Paste an error above to decode it.');
			return;
		}
		const length = Math.max(result.length, cutFrom ?? 0);
		const top = result.matches[0];
		const best = result.verdict === 'match' && top ? byId.get(top.id) : undefined;
		const notice =
			(result.truncated || length > result.length) &&
			h(
				'p',
				{ class: 'rounded-md border border-note-border bg-note px-3 py-2 text-sm', 'data-decoder-notice': '' },
				`Your text was ${length.toLocaleString('en')} characters long; only the first ${MAX_INPUT_CHARS.toLocaleString('en')} were kept and read. Paste just the error body for a complete reading.`,
			);
		results.replaceChildren(
			...[
				notice,
				best && top ? bestCard(top, best) : noMatch(result),
				candidates(best ? result.matches.slice(1) : result.matches, Boolean(best)),
				fieldsTable(result),
			].filter((n): n is HTMLElement => Boolean(n)),
		);
		results.hidden = false;
		const others = result.matches.length - (best ? 1 : 0);
		const more = others > 0 ? ` ${others} other candidate${others === 1 ? '' : 's'} below.` : '';
		if (best) say(`Best match: ${best.code}, ${best.title}.${more}`);
		else if (result.verdict === 'possible')
			say(`No certain match. ${result.matches.length} possible match${result.matches.length === 1 ? '' : 'es'} below.`);
		else say('No page for this error yet. What the decoder understood is listed below.');
	}

	return {
		/** Decode and show; `cutFrom` is the length of the text before the page cut it to the limit. */
		decode(text: string, cutFrom?: number) {
			render(decode(text, entries), cutFrom);
		},
		/** Put the text in the address bar's fragment and copy the link. */
		async share(text: string) {
			if (!text.trim()) {
				say('Paste an error first; the link carries the text you paste.');
				return;
			}
			const fragment = toFragment(text);
			history.replaceState(null, '', fragment);
			const link = location.href;
			const redacted =
				shareableText(text) !== text.slice(0, MAX_INPUT_CHARS) ? ' Access tokens were removed from it.' : '';
			try {
				await navigator.clipboard.writeText(link);
				say(
					`Link copied. Anyone who opens it sees this result; the text travels in the link, not to a server.${redacted}`,
				);
			} catch {
				say(`Copy the link from the address bar or the box below.${redacted}`);
			}
			if (shareOut) {
				shareOut.value = link;
				shareOut.closest<HTMLElement>('[data-share]')?.removeAttribute('hidden');
			}
		},
		textOf: fromFragment,
	};
}
