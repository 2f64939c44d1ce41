import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latestDate } from '../../src/lib/seo.ts';
import { decodeEntities, escapeHtml, readHead } from '../../src/lib/html-head.ts';
import { sitemapUrls, sitemapXml } from '../../src/lib/sitemap.ts';

const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body><link rel="canonical" href="https://wrong.example/"></body></html>`;

describe('readHead', () => {
	it('reads the canonical URL and the declared date, in either attribute order', () => {
		assert.deepEqual(
			readHead(page('<link rel="canonical" href="https://x.example/errors/1/"><meta property="article:modified_time" content="2026-11-27">')),
			{ title: undefined, canonical: 'https://x.example/errors/1/', noindex: false, modified: '2026-11-27' },
		);
		assert.equal(readHead(page('<link href="https://x.example/a/" rel="canonical">')).canonical, 'https://x.example/a/');
		assert.equal(readHead(page('<meta content="2026-01-02" property="og:updated_time">')).modified, '2026-01-02');
	});
	it('reads the title with entities decoded', () => {
		assert.equal(readHead(page('<title>1: Can&#39;t &amp; won&#x27;t &lt;b&gt; &quot;x&quot;</title>')).title, `1: Can't & won't <b> "x"`);
	});
	it('ignores tags after </head>', () => {
		assert.equal(readHead(page('')).canonical, undefined);
	});
	it('treats noindex pages and redirect pages as not indexable', () => {
		assert.equal(readHead(page('<meta name="robots" content="noindex, follow">')).noindex, true);
		assert.equal(readHead(page('<meta http-equiv="refresh" content="0; url=/errors/1/">')).noindex, true);
		assert.equal(readHead(page('<meta name="robots" content="index">')).noindex, false);
	});
});

describe('sitemap', () => {
	it('lists indexable pages with a canonical URL, sorted, each once, with lastmod where known', () => {
		const urls = sitemapUrls([
			{ title: 'b', canonical: 'https://x.example/b/', noindex: false, modified: '2026-11-01' },
			{ title: '404', canonical: 'https://x.example/404.html', noindex: true, modified: undefined },
			{ title: 'none', canonical: undefined, noindex: false, modified: undefined },
			{ title: 'a', canonical: 'https://x.example/a/', noindex: false, modified: undefined },
			{ title: 'b', canonical: 'https://x.example/b/', noindex: false, modified: '2026-11-01' },
		]);
		const xml = sitemapXml(urls);
		assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
		assert.deepEqual([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]), ['https://x.example/a/', 'https://x.example/b/']);
		assert.ok(xml.includes('<url><loc>https://x.example/b/</loc><lastmod>2026-11-01</lastmod></url>'));
		assert.ok(xml.includes('<url><loc>https://x.example/a/</loc></url>'));
	});
	it('escapes XML in URLs', () => {
		assert.ok(sitemapXml([{ loc: 'https://x.example/?a=1&b=2' }]).includes('<loc>https://x.example/?a=1&amp;b=2</loc>'));
	});
});

describe('latestDate', () => {
	it('is the newest date, or undefined for none', () => {
		assert.equal(latestDate([new Date('2026-01-01'), new Date('2026-11-27'), new Date('2026-05-05')])?.toISOString().slice(0, 10), '2026-11-27');
		assert.equal(latestDate([]), undefined);
	});
});

describe('HTML escaping', () => {
	it('round-trips through escape and decode', () => {
		const text = `<script>alert("x")</script> & 'quotes'`;
		assert.ok(!/[<>"']/.test(escapeHtml(text)));
		assert.equal(decodeEntities(escapeHtml(text)), text);
	});
});
