/**
 * The built `/opensearch.xml` (run after a build): well-formed XML in the OpenSearch 1.1
 * namespace, with the elements browsers require, and a search URL template that opens
 * `/search/?q={searchTerms}` on the configured site and base path; every page links it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const FILE = `${DIST}opensearch.xml`;

interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) =>
	text
		.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
		.replace(/&/g, () => {
			throw new Error('unescaped & in XML text');
		});

/** A small strict reader for the subset OpenSearch descriptions use: elements, attributes, text; no DTD, CDATA or comments. */
function parseXml(xml: string): XmlElement {
	const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '');
	const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
	const stack = [root];
	const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
	let m: RegExpExecArray | null;
	let pos = 0;
	while (pos < body.length && (m = tag.exec(body))) {
		pos = tag.lastIndex;
		const [, close, name, attrs, selfClose, text] = m;
		const top = stack.at(-1)!;
		if (text !== undefined) {
			if (stack.length === 1 && text.trim())
				throw new Error(`text outside the root element: ${text.trim().slice(0, 40)}`);
			top.text += unescape(text);
		} else if (close) {
			if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
			stack.pop();
		} else {
			const attributes: Record<string, string> = {};
			for (const a of (attrs ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attributes[a[1]!] = unescape(a[2]!);
			const element: XmlElement = { name: name!, attributes, children: [], text: '' };
			top.children.push(element);
			if (!selfClose) stack.push(element);
		}
	}
	if (pos !== body.length) throw new Error(`not well-formed at character ${pos}: ${body.slice(pos, pos + 40)}`);
	if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
	if (root.children.length !== 1) throw new Error('an XML document has exactly one root element');
	return root.children[0]!;
}

function built(): string {
	if (!existsSync(FILE)) throw new Error('dist/opensearch.xml is missing: build the site first (npx astro build).');
	return readFileSync(FILE, 'utf8');
}

describe('/opensearch.xml', () => {
	it('is an OpenSearch 1.1 description with the required elements', () => {
		const doc = parseXml(built());
		assert.equal(doc.name, 'OpenSearchDescription');
		assert.equal(doc.attributes['xmlns'], 'http://a9.com/-/spec/opensearch/1.1/');
		const one = (name: string) => {
			const found = doc.children.filter((c) => c.name === name);
			assert.equal(found.length, 1, `exactly one <${name}>`);
			return found[0]!;
		};
		const shortName = one('ShortName').text.trim();
		assert.ok(shortName.length > 0 && shortName.length <= 16, `ShortName "${shortName}" has 1 to 16 characters`);
		const description = one('Description').text.trim();
		assert.ok(description.length > 0 && description.length <= 1024, 'Description has 1 to 1024 characters');
		assert.equal(one('InputEncoding').text.trim(), 'UTF-8');
	});

	it('searches /search/?q={searchTerms} on the site, and names itself', () => {
		const doc = parseXml(built());
		const urls = doc.children.filter((c) => c.name === 'Url');
		const html = urls.find((u) => u.attributes['type'] === 'text/html');
		assert.ok(html, 'a text/html <Url>');
		const template = html.attributes['template'] ?? '';
		assert.match(template, /^https?:\/\/[^/]+(\/[^?]*)?\/search\/\?q=\{searchTerms\}$/);
		const site = new URL(template.replace('{searchTerms}', 'x'));
		assert.ok(['GET', undefined].includes(html.attributes['method']?.toUpperCase()), 'method is GET');
		const self = urls.find((u) => u.attributes['rel'] === 'self');
		assert.equal(self?.attributes['type'], 'application/opensearchdescription+xml');
		assert.equal(new URL(self?.attributes['template'] ?? '').href, new URL('../opensearch.xml', site).href);
		assert.ok(existsSync(`${DIST}search/index.html`), 'the search page exists');
	});

	it('is linked from every page with the same absolute URL', () => {
		const doc = parseXml(built());
		const self = doc.children.find((c) => c.name === 'Url' && c.attributes['rel'] === 'self')?.attributes['template'];
		for (const page of [
			'index.html',
			'errors/index.html',
			'errors/2207026/index.html',
			'search/index.html',
			'404.html',
		]) {
			const html = readFileSync(`${DIST}${page}`, 'utf8');
			const link =
				/<link rel="search" type="application\/opensearchdescription\+xml" title="[^"]+" href="([^"]+)"/.exec(html);
			assert.equal(link?.[1], self, `${page} links /opensearch.xml`);
		}
	});

	it('reader rejects what is not well-formed', () => {
		assert.throws(() => parseXml('<a><b></a>'));
		assert.throws(() => parseXml('<a x=1/>'));
		assert.throws(() => parseXml('<a>&</a>'));
	});
});
