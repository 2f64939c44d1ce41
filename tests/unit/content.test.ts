/**
 * Checks on the real content: it passes the schemas and cross-entry checks, every seed error has
 * its entry, and Meta's corrections hold.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblem } from '../../src/lib/validate.ts';
import { content, errors } from '../fixtures/content.ts';

const byId = new Map(errors.map((e) => [e.id, e]));
const get = (id: string) => {
	const entry = byId.get(id);
	assert.ok(entry, `content/errors/${id}.mdx is missing`);
	return entry;
};

/** The 30 keys of the seed reference (shared/seed/instagram-error-reference.txt), as it lists them. */
const SEED_KEYS = [
	'REVOKED_ACCESS_TOKEN',
	'session has been invalidated',
	'user is not a confirmed user',
	'the user is not an instagram business',
	'Not enough permissions to post',
	'2207050',
	'2207003',
	'2207052',
	'2207020',
	'2207006',
	'2207032',
	'2207053',
	'2207004',
	'2207005',
	'2207009',
	'36003',
	'36001',
	'2207026',
	'2207057',
	'2207023',
	'2207010',
	'2207001',
	'2207051',
	'2207035',
	'2207036',
	'2207037',
	'2207040',
	'Page request limit reached',
	'2207042',
	'An unknown error occurred',
];

/** Errors the seed misses that the reference must cover. */
const ADDED_IDS = [
	'2207027',
	'2207008',
	'2207028',
	'463',
	'458',
	'459',
	'467',
	'190',
	'10',
	'200-299',
	'4',
	'17',
	'32',
	'613',
	'80002',
	'2',
	'1',
	'368',
	'506',
	'33',
	'media-upload-has-failed',
	'2207076',
	'2207077',
	'2207082',
	'2207085',
];

describe('content', () => {
	it('parses every entry, FAQ answer and guide and passes the cross-entry checks', () => {
		assert.deepEqual(content.problems.map(formatProblem), []);
		assert.ok(content.guides.length >= 2, 'the guides are content too');
	});

	it('has an entry for each of the 30 seed errors', () => {
		assert.equal(SEED_KEYS.length, 30);
		const codes = new Set(errors.map((e) => e.data.code.toLowerCase()));
		const missing = SEED_KEYS.filter(
			(k) => !codes.has(k.toLowerCase()) && !codes.has(k.toLowerCase().replace(/^the /, '')),
		);
		assert.deepEqual(missing, []);
	});

	it('covers the errors developers hit that the seed misses, by code or subcode', () => {
		const claimed = new Set<string>();
		for (const e of errors) {
			claimed.add(e.id);
			for (const k of e.data.graph) {
				if (k.subcode !== undefined) claimed.add(String(k.subcode));
				else if (k.code !== undefined) claimed.add(String(k.code));
			}
		}
		assert.deepEqual(
			ADDED_IDS.filter((id) => !claimed.has(id)),
			[],
		);
	});

	describe("Meta's corrections to the seed", () => {
		it('36001 and 36003 are Graph codes that send the reader to their subcode pages', () => {
			assert.ok(get('2207005').data.graph.some((k) => k.code === 36001 && k.subcode === 2207005));
			assert.ok(get('2207009').data.graph.some((k) => k.code === 36003 && k.subcode === 2207009));
			for (const [code, subcode] of [
				['36001', '2207005'],
				['36003', '2207009'],
			] as const) {
				const entry = get(code);
				assert.ok(entry.data.related.includes(subcode), `${code} should link ${subcode}`);
				assert.ok(
					entry.data.graph.every((k) => k.subcode === undefined),
					`${code} must not claim a subcode`,
				);
				assert.ok(
					entry.data.caveats.some((c) => c.kind === 'conflict'),
					`${code} should show the conflict with the seed`,
				);
			}
		});

		it('2207001 follows Meta (server error, retry) and shows the seed reading', () => {
			const e = get('2207001');
			assert.equal(e.data.category, 'server');
			assert.equal(e.data.action, 'retry-later');
			assert.ok(e.data.caveats.some((c) => c.kind === 'conflict'));
		});

		it('2207040 is about @-tags (20), not product tags', () => {
			const e = get('2207040');
			assert.equal(e.data.category, 'content');
			assert.match(e.body, /\b20\b/);
			assert.ok(e.data.caveats.some((c) => c.kind === 'conflict'));
		});

		it('2207005 says JPEG only and flags the seed', () => {
			const e = get('2207005');
			assert.match(e.body, /JPEG/);
			assert.ok(e.data.caveats.some((c) => c.kind === 'conflict' && /PNG/.test(c.text)));
		});

		it('REVOKED_ACCESS_TOKEN maps to the real Meta token errors', () => {
			const e = get('revoked-access-token');
			for (const id of ['190', '458', '467']) assert.ok(e.data.related.includes(id), `links ${id}`);
			assert.deepEqual(e.data.graph, []);
		});

		it('the permission entries carry the texts Meta really sends', () => {
			assert.ok(get('10').data.messages.some((m) => /instagram_content_publish/.test(m.text)));
			assert.ok(get('200-299').data.graph.some((k) => k.code === 200 && k.through === 299));
			assert.ok(get('not-enough-permissions-to-post').data.related.includes('10'));
		});

		it('the unverified business-account text is marked uncertain', () => {
			assert.ok(get('user-is-not-an-instagram-business').data.caveats.some((c) => c.kind === 'uncertain'));
		});

		it('rate limits are waits for the reset, and 2207003 is a retry, as Meta says', () => {
			for (const id of ['2207042', 'page-request-limit-reached', '4', '17', '613', '80002', '341']) {
				assert.equal(get(id).data.action, 'wait-for-reset', id);
			}
			assert.equal(get('2207003').data.action, 'retry-later');
		});

		it('never prints one publishing quota as fact: 2207042 sends readers to content_publishing_limit', () => {
			assert.match(get('2207042').body, /content_publishing_limit/);
		});

		it('undocumented container-status subcodes are flagged', () => {
			for (const id of ['2207076', '2207077', '2207082', '2207085']) {
				assert.ok(
					get(id).data.caveats.some((c) => c.kind === 'undocumented'),
					id,
				);
			}
		});
	});
});
