/**
 * "What changed" in the built site: /changes.xml is well-formed Atom 1.0 with the elements RFC 4287
 * requires (parsed with sax in strict mode, which throws on any XML error), its links resolve, and
 * /changes/ is a listed page that links the feed, which every page's head also links.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sax from 'sax';
import { fileOfUrl, readBuilt } from '../fixtures/built-site.ts';

interface El {
	name: string;
	attrs: Record<string, string>;
	children: El[];
	text: string;
}

function parseXml(xml: string): El {
	const parser = sax.parser(true);
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
	assert.equal(root.children.length, 1, 'one root element');
	return root.children[0]!;
}

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const one = (el: El, name: string) => {
	const found = el.children.filter((c) => c.name === name);
	assert.equal(found.length, 1, `<${el.name}> has exactly one <${name}>`);
	return found[0]!;
};
const absoluteIri = (s: string) => assert.doesNotThrow(() => new URL(s), s);

describe('/changes.xml', () => {
	const feed = parseXml(readBuilt('changes.xml'));
	const entries = feed.children.filter((c) => c.name === 'entry');

	it('is an Atom feed with id, title, updated, author and a self link', () => {
		assert.equal(feed.name, 'feed');
		assert.equal(feed.attrs.xmlns, ATOM);
		absoluteIri(one(feed, 'id').text);
		assert.ok(one(feed, 'title').text.trim());
		assert.match(one(feed, 'updated').text, RFC3339);
		assert.ok(one(one(feed, 'author'), 'name').text.trim());
		const self = feed.children.filter((c) => c.name === 'link' && c.attrs.rel === 'self');
		assert.equal(self.length, 1);
		assert.equal(fileOfUrl(self[0]!.attrs.href!), 'changes.xml');
		const alternate = feed.children.find((c) => c.name === 'link' && c.attrs.rel === 'alternate');
		assert.equal(fileOfUrl(alternate?.attrs.href ?? ''), 'changes/index.html');
	});

	it('has entries, each with id, title, updated, an alternate link that resolves, and a summary', () => {
		assert.ok(entries.length > 0);
		for (const e of entries) {
			const id = one(e, 'id').text;
			absoluteIri(id);
			assert.ok(one(e, 'title').text.trim(), id);
			assert.match(one(e, 'updated').text, RFC3339, id);
			assert.ok(one(e, 'summary').text.trim(), id);
			const link = e.children.find((c) => c.name === 'link' && (c.attrs.rel ?? 'alternate') === 'alternate');
			assert.ok(link && fileOfUrl(link.attrs.href!), `${id}: link`);
		}
	});

	it('gives every entry a unique id, newest first, none newer than the feed', () => {
		const ids = entries.map((e) => one(e, 'id').text);
		assert.equal(new Set(ids).size, ids.length);
		const dates = entries.map((e) => one(e, 'updated').text);
		assert.deepEqual(dates, [...dates].sort().reverse());
		assert.ok(dates.every((d) => d <= one(feed, 'updated').text));
	});
});

describe('/changes/', () => {
	const html = readBuilt('changes/index.html');

	it('is in the sitemap', () => {
		assert.match(readBuilt('sitemap-0.xml'), /<loc>[^<]*\/changes\/<\/loc>/);
	});

	it('links the feed in its text', () => {
		const feed = /<a href="([^"]+)">Atom feed<\/a>/.exec(html.slice(html.indexOf('<main')))?.[1];
		assert.equal(feed && fileOfUrl(feed), 'changes.xml');
	});

	it('lists what the feed lists', () => {
		const feed = parseXml(readBuilt('changes.xml'));
		for (const e of feed.children.filter((c) => c.name === 'entry')) {
			const href = e.children.find((c) => c.name === 'link')!.attrs.href!;
			const target = new URL(href).pathname;
			const path = target.endsWith('/') ? target : target.replace(/#.*/, '');
			assert.ok(html.includes(`href="${path}"`) || href.includes('#on-'), href);
			if (href.includes('#on-')) assert.ok(html.includes(`id="${href.split('#')[1]}"`), href);
		}
	});
});

describe('the feed is linked from every page', () => {
	const pages = [...readBuilt('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => fileOfUrl(m[1]!));
	it('in the head of each page in the sitemap', () => {
		assert.ok(pages.length > 10);
		for (const page of pages) {
			assert.ok(page, 'sitemap URL resolves');
			const head = readBuilt(page).split('</head>')[0]!;
			const href = /<link rel="alternate" type="application\/atom\+xml"[^>]* href="([^"]+)"/.exec(head)?.[1];
			assert.equal(href && fileOfUrl(href), 'changes.xml', page);
		}
	});
});
