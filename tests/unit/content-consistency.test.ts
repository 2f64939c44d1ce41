/**
 * Keeps the content consistent with src/lib/facts.ts, on the content as the site reads it
 * (tests/fixtures/content.ts); the schemas and the cross-entry checks, which the build runs, are
 * tested on their own (error-schema, validate):
 *   - a FAQ answer or guide that states a figure ("100 posts", "24 hours", "60 days") states one
 *     that facts.ts or an entry it links to in `related` also states;
 *   - every scope a page names is one facts.ts lists (permission pages show them from there).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	FACT_NUMBERS,
	PUBLISH_SCOPES,
	INSIGHTS_SCOPES,
	OTHER_SCOPE_NAMES,
	PUBLISHING_LIMIT,
} from '../../src/lib/facts.ts';
import { LOGIN_PATH_IDS, SOURCE_IDS } from '../../src/lib/taxonomy.ts';
import { content } from '../fixtures/content.ts';

/** An entry, answer or guide with its frontmatter as plain fields (each check reads a few of them). */
interface RawFile {
	id: string;
	file: string;
	data: Record<string, unknown>;
	body: string;
}
const raw = (files: readonly { id: string; file: string; data: object; body: string }[]): RawFile[] =>
	files.map((f) => ({ ...f, data: { ...f.data } }));

// ---------------------------------------------------------------------------------------------
// Figures in prose

/** Units the check understands, by every spelling the content uses, mapped to one name. */
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

const key = (f: { value: number; unit: string }) => `${f.value} ${f.unit}`;

/** The text of an entry a figure may be checked against: its body and every frontmatter string. */
function entryText(entry: RawFile): string {
	const strings: string[] = [];
	const walk = (v: unknown) => {
		if (typeof v === 'string') strings.push(v);
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	walk(entry.data);
	return `${strings.join('\n')}\n${entry.body}`;
}

/** Figures in `text` that neither facts.ts nor any of the `linked` texts states. */
export function unbackedFigures(text: string, linked: readonly string[]): Figure[] {
	const known = new Set(FACT_NUMBERS.map(key));
	for (const t of linked) for (const f of figures(t)) known.add(key(f));
	return figures(text).filter((f) => !known.has(key(f)));
}

// ---------------------------------------------------------------------------------------------

const errors = raw(content.errors);
const faq = raw(content.faq);
const guides = raw(content.guides);
const byId = new Map(errors.map((e) => [e.id, e]));

describe('content consistency', () => {
	it('FAQ answers and guides state only figures that facts.ts or the entries they link to also state', () => {
		const problems: string[] = [];
		for (const doc of [...faq, ...guides]) {
			// An answer or guide links entries through `related` and through <ErrorLink id="…" /> in its body.
			const related = [
				...(Array.isArray(doc.data.related) ? (doc.data.related as string[]) : []),
				...[...doc.body.matchAll(/<ErrorLink\s+id="([^"]+)"/g)].map((m) => m[1] ?? ''),
			];
			const linked = related
				.map((id) => byId.get(id))
				.filter((e): e is RawFile => e !== undefined)
				.map(entryText);
			const text = [doc.data.question, doc.data.short, doc.data.title, doc.data.description, doc.body]
				.filter((v) => typeof v === 'string')
				.join('\n');
			for (const f of unbackedFigures(text, linked)) {
				problems.push(
					`${doc.file}: "${f.text}" (${key(f)}) is in neither src/lib/facts.ts nor an entry in its related list`,
				);
			}
		}
		assert.deepEqual(problems, []);
	});

	it("entries that quote a publishing quota quote every one of Meta's figures, never one alone", () => {
		const figuresOf = new Set<number>(PUBLISHING_LIMIT.figures.map((f) => f.value));
		const problems: string[] = [];
		for (const doc of [...errors, ...faq, ...guides]) {
			const text = 'question' in doc.data ? `${String(doc.data.short)}\n${doc.body}` : entryText(doc);
			const quoted = new Set(
				figures(text)
					.filter((f) => f.unit === 'post' && figuresOf.has(f.value))
					.map((f) => f.value),
			);
			const meta = PUBLISHING_LIMIT.figures.filter((f) => f.source.startsWith('meta-')).map((f) => f.value);
			if (quoted.size > 0 && !meta.every((v) => quoted.has(v))) {
				problems.push(
					`${doc.file}: quotes ${[...quoted].join(', ')} posts but not all of Meta's figures (${meta.join(', ')})`,
				);
			}
		}
		assert.deepEqual(problems, []);
	});

	it('names only scopes that facts.ts lists, so no page retypes a scope wrongly', () => {
		const known = new Set([
			...Object.values(PUBLISH_SCOPES).flatMap((s) => [
				...s.publish,
				...s.conditional.flatMap((c) => [...(c.oneOf ?? []), ...(c.allOf ?? [])]),
			]),
			...Object.values(INSIGHTS_SCOPES).flatMap((s) => s.read),
			...OTHER_SCOPE_NAMES.context,
			...OTHER_SCOPE_NAMES.retired,
			...OTHER_SCOPE_NAMES.notScopes,
		]);
		const problems: string[] = [];
		for (const doc of [...errors, ...faq, ...guides]) {
			const text = `${JSON.stringify(doc.data)}\n${doc.body}`;
			for (const m of text.matchAll(/\b(?:instagram|pages|ads|business|catalog)_[a-z_]+/g)) {
				if (!m[0].endsWith('_') && !known.has(m[0]))
					problems.push(`${doc.file}: names the scope ${m[0]}, which src/lib/facts.ts does not list`);
			}
		}
		assert.deepEqual([...new Set(problems)], []);
	});

	it('has the publishing scopes of every login path, for the permission pages to show', () => {
		for (const id of LOGIN_PATH_IDS) assert.ok(PUBLISH_SCOPES[id].publish.length > 0, id);
	});

	it('facts.ts cites only sources the taxonomy knows', () => {
		const ids = new Set<string>(SOURCE_IDS);
		for (const f of FACT_NUMBERS) assert.ok(ids.has(f.source), `${key(f)}: unknown source ${f.source}`);
		for (const s of Object.values(PUBLISH_SCOPES)) assert.ok(ids.has(s.source));
	});
});

describe('the figure check itself', () => {
	it('finds figures with their units, including ranges and hyphenated forms', () => {
		assert.deepEqual(
			figures(
				'**100** API-published posts in a 24-hour window; 30 seconds to 2 minutes; 2,200 characters and 20 @ tags; 1 to 2 times',
			).map(key),
			['100 post', '24 hour', '30 second', '2 minute', '2200 character', '20 tag'],
		);
	});

	it('flags a figure that neither facts.ts nor a linked entry states', () => {
		assert.deepEqual(unbackedFigures('Accounts may publish 60 posts a day.', []).map(key), ['60 post']);
		assert.deepEqual(unbackedFigures('Meta says 100 posts and 50 posts.', []), []);
		assert.deepEqual(unbackedFigures('Retry within 45 seconds.', ['Try again within 45 seconds.']), []);
		assert.deepEqual(unbackedFigures('Tokens last 90 days.', []).map(key), ['90 day']);
	});
});
