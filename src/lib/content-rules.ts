/**
 * Rules about what the content says, beyond its schema: the checks that `npm run check:content`
 * and the build run on every entry, FAQ answer and guide, each problem naming file and field.
 *   - every error body has the body sections of error-sections.ts, in order, and no other `##`;
 *   - a FAQ answer or guide that states a figure ("100 posts", "24 hours") states one that
 *     facts.ts or an entry it links to also states;
 *   - a page that quotes a publishing quota quotes every one of Meta's figures, never one alone;
 *   - every scope a page names is one facts.ts lists;
 *   - change notes speak to readers (they are public on /changes/ and in the feed): no team words.
 *
 * Pure module: no astro:* imports; the MDX body is read with the parser Astro itself uses.
 */
import { mdxToMdast } from 'satteri';
import { BODY_SECTIONS } from './error-sections.ts';
import { FACT_NUMBERS, KNOWN_SCOPES, PUBLISHING_LIMIT } from './facts.ts';
import type { Problem } from './validate.ts';

/** A content file as the rules read it: frontmatter data (parsed) and the raw MDX body. */
export interface RuleFile {
	id: string;
	file: string;
	data: object;
	body: string;
}

// ---------------------------------------------------------------------------------------------
// The MDX body

interface Node {
	type: string;
	depth?: number;
	value?: string;
	name?: string | null;
	attributes?: { name?: string; value?: unknown }[];
	children?: Node[];
}

const parse = (body: string): Node => mdxToMdast(body) as unknown as Node;

/** The text of a node, code included. */
const textOf = (node: Node): string =>
	node.value !== undefined ? node.value : (node.children ?? []).map(textOf).join('');

/** The `##` headings of an MDX body, in order (code blocks are not headings). */
export const bodyHeadings = (body: string): string[] =>
	(parse(body).children ?? []).filter((n) => n.type === 'heading' && n.depth === 2).map(textOf);

/** Ids an MDX body links through `<ErrorLink id="…" />`. */
export function errorLinks(body: string): string[] {
	const out: string[] = [];
	const walk = (node: Node) => {
		if (node.name === 'ErrorLink') {
			const id = node.attributes?.find((a) => a.name === 'id')?.value;
			if (typeof id === 'string') out.push(id);
		}
		node.children?.forEach(walk);
	};
	walk(parse(body));
	return out;
}

// ---------------------------------------------------------------------------------------------
// Figures in prose

/** Units the figure rule understands, by every spelling the content uses, mapped to one name. */
const UNITS: Record<string, string> = {
	post: 'post',
	posts: 'post',
	call: 'call',
	calls: 'call',
	container: 'container',
	containers: 'container',
	day: 'day',
	days: 'day',
	hour: 'hour',
	hours: 'hour',
	minute: 'minute',
	minutes: 'minute',
	second: 'second',
	seconds: 'second',
	character: 'character',
	characters: 'character',
	hashtag: 'hashtag',
	hashtags: 'hashtag',
	tag: 'tag',
	tags: 'tag',
	item: 'item',
	items: 'item',
	mb: 'mb',
	mib: 'mb',
	message: 'message',
	messages: 'message',
	reply: 'reply',
	replies: 'reply',
	request: 'request',
	requests: 'request',
};

export interface Figure {
	value: number;
	unit: string;
	text: string;
}

/**
 * Every "<number> <unit>" in a text: "100 posts", "24-hour", "2,200 characters", "20 @ tags".
 * A number followed by "to" or "or" and a second number takes the unit of the second
 * ("30 seconds to 2 minutes" gives both; "1 to 2 times" gives none).
 */
export function figures(text: string): Figure[] {
	const out: Figure[] = [];
	// Emphasis and code marks would split "**100** posts"; a hyphenated modifier may sit between ("100 API-published posts").
	const plain = text.replace(/[*_`]/g, '');
	const re =
		/(?<![\w.#/-])(\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:to|or|-|–)\s*(\d{1,3}(?:,\d{3})+|\d+))?[\s-]*(?:@\s*)?(?:[A-Za-z]+-[A-Za-z]+\s+)?([A-Za-z]+)\b/g;
	for (const m of plain.matchAll(re)) {
		const unit = UNITS[(m[3] ?? '').toLowerCase()];
		if (!unit) continue;
		for (const n of [m[1], m[2]]) {
			if (n !== undefined) out.push({ value: Number(n.replace(/,/g, '')), unit, text: m[0].trim() });
		}
	}
	return out;
}

export const figureKey = (f: { value: number; unit: string }) => `${f.value} ${f.unit}`;

/** Every string in a frontmatter value, with its field path ("changes.2.note"). */
function strings(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, path ? `${path}.${i}` : `${i}`));
	if (value && typeof value === 'object' && !(value instanceof Date))
		return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
	return [];
}

/** The whole text of a file: every frontmatter string and the body. */
const wholeText = (f: RuleFile) =>
	`${strings(f.data)
		.map(([, s]) => s)
		.join('\n')}\n${f.body}`;

/** Figures in `text` that neither facts.ts nor any of the `linked` texts states. */
export function unbackedFigures(text: string, linked: readonly string[]): Figure[] {
	const known = new Set(FACT_NUMBERS.map(figureKey));
	for (const t of linked) for (const f of figures(t)) known.add(figureKey(f));
	return figures(text).filter((f) => !known.has(figureKey(f)));
}

// ---------------------------------------------------------------------------------------------
// The rules

/** Words of the team's own work that mean nothing to a reader of the change feed. */
export const TEAM_WORDS = [
	'seed',
	'ErrorLink',
	'link component',
	'sources reworded',
	'reworded sources',
	'in this site',
	'frontmatter',
	'MDX',
] as const;

const teamWord = new RegExp(`\\b(${TEAM_WORDS.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})s?\\b`, 'i');

/** The `##` sections of every error body: exactly BODY_SECTIONS, in order. */
function sectionRule(errors: readonly RuleFile[]): Problem[] {
	const expected = BODY_SECTIONS.map((s) => s.text);
	return errors.flatMap((e) => {
		const got = bodyHeadings(e.body);
		if (got.join('\n') === expected.join('\n')) return [];
		return [
			{
				file: e.file,
				field: 'body',
				message: `has the sections ${JSON.stringify(got)}; an error body has exactly ${JSON.stringify(expected)}, in that order`,
			},
		];
	});
}

/** FAQ answers and guides state only figures that facts.ts or an entry they link to also states. */
function figureRule(docs: readonly RuleFile[], errors: readonly RuleFile[]): Problem[] {
	const byId = new Map(errors.map((e) => [e.id, e]));
	return docs.flatMap((doc) => {
		const related = (doc.data as { related?: unknown }).related;
		const ids = [...(Array.isArray(related) ? related.map(String) : []), ...errorLinks(doc.body)];
		const linked = ids.flatMap((id) => {
			const e = byId.get(id);
			return e ? [wholeText(e)] : [];
		});
		const fields: [string, string][] = [
			...strings(doc.data).filter(([path]) => ['question', 'short', 'title', 'description'].includes(path)),
			['body', doc.body],
		];
		return fields.flatMap(([field, text]) =>
			unbackedFigures(text, linked).map((f) => ({
				file: doc.file,
				field,
				message: `states "${f.text}" (${figureKey(f)}), which neither src/lib/facts.ts nor an entry it links to states`,
			})),
		);
	});
}

/** A page that quotes a publishing quota quotes every one of Meta's figures. */
function quotaRule(files: readonly RuleFile[]): Problem[] {
	const quotas = new Set<number>(PUBLISHING_LIMIT.figures.map((f) => f.value));
	const meta = PUBLISHING_LIMIT.figures.filter((f) => f.source.startsWith('meta-')).map((f) => f.value);
	return files.flatMap((f) => {
		const quoted = new Set(
			figures(wholeText(f))
				.filter((x) => x.unit === 'post' && quotas.has(x.value))
				.map((x) => x.value),
		);
		if (quoted.size === 0 || meta.every((v) => quoted.has(v))) return [];
		return [
			{
				file: f.file,
				field: 'body',
				message: `quotes ${[...quoted].join(', ')} posts but not all of Meta's figures (${meta.join(', ')}); Meta's pages disagree, so give each`,
			},
		];
	});
}

/** Every scope named anywhere is one facts.ts lists. */
function scopeRule(files: readonly RuleFile[]): Problem[] {
	const problems: Problem[] = [];
	for (const f of files) {
		const seen = new Set<string>();
		for (const [field, text] of [...strings(f.data), ['body', f.body] as [string, string]]) {
			for (const m of text.matchAll(/\b(?:instagram|pages|ads|business|catalog)_[a-z_]+/g)) {
				const scope = m[0];
				if (scope.endsWith('_') || KNOWN_SCOPES.has(scope) || seen.has(scope)) continue;
				seen.add(scope);
				problems.push({
					file: f.file,
					field,
					message: `names the scope ${scope}, which src/lib/facts.ts does not list (add it there with its source, or correct the name)`,
				});
			}
		}
	}
	return problems;
}

/** Change notes are public: they tell a reader what changed, in the reader's words. */
function changesRule(errors: readonly RuleFile[]): Problem[] {
	return errors.flatMap((e) => {
		const changes = (e.data as { changes?: { note?: unknown }[] }).changes ?? [];
		return changes.flatMap((c, i) => {
			const word = typeof c.note === 'string' ? teamWord.exec(c.note)?.[1] : undefined;
			return word
				? [
						{
							file: e.file,
							field: `changes.${i}.note`,
							message: `says "${word}": change notes are public; say what changed for the reader and why`,
						},
					]
				: [];
		});
	});
}

/** Every content rule over every file. */
export function contentRules(content: {
	errors: readonly RuleFile[];
	faq: readonly RuleFile[];
	guides: readonly RuleFile[];
}): Problem[] {
	const { errors, faq, guides } = content;
	const all = [...errors, ...faq, ...guides];
	return [
		...sectionRule(errors),
		...figureRule([...faq, ...guides], errors),
		...quotaRule(all),
		...scopeRule(all),
		...changesRule(errors),
	];
}
