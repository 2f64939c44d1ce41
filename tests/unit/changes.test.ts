import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sax from 'sax';
import { readErrors } from '../fixtures/content.ts';
import { atomFeed, changeLog, dayAnchor, tagUri, xmlEscape, type FeedOptions } from '../../src/lib/changes.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

const entry = (id: string, updated: string, changes: { date: string; note: string }[] = []) => ({
	id,
	data: {
		code: id,
		title: `Title of ${id}`,
		updated: d(updated),
		changes: changes.map((c) => ({ date: d(c.date), note: c.note })),
	},
});

const options: FeedOptions = {
	title: 'Ref: what changed',
	author: 'Ref',
	self: 'https://example.org/ref/changes.xml',
	page: 'https://example.org/ref/changes/',
	errorUrl: (id) => `https://example.org/ref/errors/${id}/`,
	dayUrl: (date) => `https://example.org/ref/changes/#${dayAnchor(date)}`,
};

/** Parse XML strictly (sax throws on anything not well-formed) into a small element tree. */
interface El {
	name: string;
	attrs: Record<string, string>;
	children: El[];
	text: string;
}
function parseXml(xml: string): El {
	const parser = sax.parser(true, { xmlns: false });
	const root: El = { name: '#root', attrs: {}, children: [], text: '' };
	const stack: El[] = [root];
	parser.onopentag = (node) => {
		const el: El = { name: node.name, attrs: node.attributes as Record<string, string>, children: [], text: '' };
		stack.at(-1)!.children.push(el);
		stack.push(el);
	};
	parser.onclosetag = () => void stack.pop();
	parser.ontext = (t) => void (stack.at(-1)!.text += t);
	parser.onerror = (e) => {
		throw e;
	};
	parser.write(xml).close();
	return root.children[0]!;
}
const child = (el: El, name: string) => el.children.find((c) => c.name === name);

describe('the change log', () => {
	it('with no recorded change, lists each entry as checked on its updated date, newest day first', () => {
		const days = changeLog([entry('1', '2026-11-27'), entry('2', '2026-12-01'), entry('3', '2026-11-27')]);
		assert.deepEqual(
			days.map((x) => [x.date, x.changes.length, x.checked.map((c) => c.id)]),
			[
				['2026-12-01', 0, ['2']],
				['2026-11-27', 0, ['1', '3']],
			],
		);
	});

	it('lists every change on its day, newest first, and no check when the last change is the check', () => {
		const days = changeLog([
			entry('a', '2026-12-01', [
				{ date: '2026-12-01', note: 'second that day' },
				{ date: '2026-12-01', note: 'first that day' },
				{ date: '2026-11-20', note: 'new subcode' },
			]),
		]);
		assert.deepEqual(
			days.map((x) => ({
				date: x.date,
				notes: x.changes.map((c) => `${c.sequence}:${c.note}`),
				checked: x.checked.length,
			})),
			[
				{ date: '2026-12-01', notes: ['2:second that day', '1:first that day'], checked: 0 },
				{ date: '2026-11-20', notes: ['1:new subcode'], checked: 0 },
			],
		);
	});

	it('lists a later check without change next to the earlier changes', () => {
		const days = changeLog([entry('a', '2026-12-02', [{ date: '2026-11-20', note: "Meta's message text changed" }])]);
		assert.deepEqual(
			days.map((x) => [x.date, x.changes.length, x.checked.length]),
			[
				['2026-12-02', 0, 1],
				['2026-11-20', 1, 0],
			],
		);
	});

	it('keeps sequence numbers when a newer change is added', () => {
		const before = changeLog([entry('a', '2026-12-01', [{ date: '2026-12-01', note: 'one' }])]);
		const after = changeLog([
			entry('a', '2026-12-01', [
				{ date: '2026-12-01', note: 'two' },
				{ date: '2026-12-01', note: 'one' },
			]),
		]);
		assert.equal(
			before[0]!.changes.find((c) => c.note === 'one')!.sequence,
			after[0]!.changes.find((c) => c.note === 'one')!.sequence,
		);
	});

	it('is empty for no entries', () => assert.deepEqual(changeLog([]), []));

	it('accepts every published entry', () => {
		const content = readErrors();
		const days = changeLog(content);
		const listed = days.flatMap((x) => [...x.changes.map((c) => c.id), ...x.checked.map((c) => c.id)]);
		for (const e of content) assert.ok(listed.includes(e.id), e.id);
		assert.deepEqual(
			days.map((x) => x.date),
			[...days.map((x) => x.date)].sort().reverse(),
		);
	});
});

describe('the Atom feed', () => {
	const days = changeLog([
		entry('2207026', '2026-12-01', [{ date: '2026-12-01', note: 'Meta\'s text now says "spec" & <format>' }]),
		entry('190', '2026-11-27'),
	]);
	const xml = atomFeed(days, options);
	const feed = parseXml(xml);

	it('is well-formed Atom with the required feed elements', () => {
		assert.equal(feed.name, 'feed');
		assert.equal(feed.attrs.xmlns, 'http://www.w3.org/2005/Atom');
		assert.equal(child(feed, 'id')!.text, tagUri('example.org', '2026', 'changes'));
		assert.equal(child(feed, 'title')!.text, options.title);
		assert.equal(child(feed, 'updated')!.text, '2026-12-01T00:00:00Z');
		assert.ok(child(feed, 'author') && child(child(feed, 'author')!, 'name'));
		const self = feed.children.find((c) => c.name === 'link' && c.attrs.rel === 'self');
		assert.equal(self?.attrs.href, options.self);
	});

	it('has one entry per change and one per day of checks, each with id, title, updated, link and summary', () => {
		const entries = feed.children.filter((c) => c.name === 'entry');
		assert.equal(entries.length, 2);
		for (const e of entries)
			for (const name of ['id', 'title', 'updated', 'link', 'summary']) assert.ok(child(e, name), name);
		const [change, check] = entries;
		assert.equal(child(change!, 'summary')!.text, 'Meta\'s text now says "spec" & <format>');
		assert.equal(child(change!, 'link')!.attrs.href, 'https://example.org/ref/errors/2207026/');
		assert.equal(child(change!, 'id')!.text, 'tag:example.org,2026-12-01:errors/2207026/changes/1');
		assert.equal(child(check!, 'link')!.attrs.href, 'https://example.org/ref/changes/#on-2026-11-27');
		assert.match(child(check!, 'summary')!.text, /190/);
	});

	it('gives entries unique ids', () => {
		const ids = feed.children.filter((c) => c.name === 'entry').map((e) => child(e, 'id')!.text);
		assert.equal(new Set(ids).size, ids.length);
	});

	it('keeps only the newest items', () => {
		const many = changeLog(
			Array.from({ length: 5 }, (_, i) => entry(`e${i}`, '2026-12-01', [{ date: '2026-12-01', note: 'n' }])),
		);
		const limited = parseXml(atomFeed(many, { ...options, limit: 3 }));
		assert.equal(limited.children.filter((c) => c.name === 'entry').length, 3);
	});

	it('is still a valid feed with nothing in it', () => {
		const empty = parseXml(atomFeed([], options));
		assert.ok(child(empty, 'updated'));
		assert.equal(empty.children.filter((c) => c.name === 'entry').length, 0);
	});

	it('escapes XML', () =>
		assert.equal(xmlEscape(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'));
});
