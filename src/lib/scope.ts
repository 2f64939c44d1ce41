/**
 * What the reference covers and what it leaves out, stated once for the home page, the error
 * index and every "no page for this" answer of search and the decoder.
 *
 * It covers the Instagram Platform with both login paths. Ads are left out: the Marketing API has an
 * error family of its own (ad accounts, campaigns, creatives, billing) that has nothing to do with
 * the account's own content, and a half-covered ads section would make "no match" less honest.
 * Facebook's own Pages, groups and profiles, WhatsApp and Threads are products of their own on the
 * same Graph API: their errors share its codes (100, 190, 200…) and often its texts, so they are named
 * here for the decoder to say where such a paste belongs.
 */
import { listJoin } from './text.ts';

export const COVERED = [
	'publishing',
	'login and tokens',
	'account setup',
	'rate limits',
	'insights',
	'messaging',
	'comments and mentions',
	'hashtag search',
	'business discovery',
	'oEmbed',
	'webhooks',
] as const;

export const NOT_COVERED = [
	{
		topic: 'ads',
		detail: 'ads, campaigns, boosted posts and ad creatives (the Marketing API)',
		where: "Meta's Marketing API error reference",
		url: 'https://developers.facebook.com/docs/marketing-api/error-reference',
	},
	{
		topic: 'facebook',
		detail: 'Facebook Pages, groups and profiles (their posts, photos and videos)',
		where: "Meta's Pages API documentation",
		url: 'https://developers.facebook.com/docs/pages-api',
	},
	{
		topic: 'whatsapp',
		detail: 'WhatsApp Business messaging (the WhatsApp Cloud API)',
		where: "Meta's WhatsApp Cloud API error codes",
		url: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes',
	},
	{
		topic: 'threads',
		detail: 'Threads posts and replies (the Threads API)',
		where: "Meta's Threads API reference",
		url: 'https://developers.facebook.com/docs/threads/reference',
	},
] as const;

/** A run of the scope statement: plain text, or a link. */
type ScopePart = string | { text: string; href: string };

/**
 * The scope statement as text and links, so the pages (Astro) and the no-match answers (DOM)
 * render the same words: what is covered, then each area left out with Meta's reference for it.
 */
export function scopeParts(): ScopePart[] {
	const parts: ScopePart[] = [
		`This reference covers Instagram Platform errors met in ${listJoin(COVERED)}, with Facebook Login and with Instagram Login. It does not cover `,
	];
	NOT_COVERED.forEach((n, i) => {
		if (i > 0) parts.push(i === NOT_COVERED.length - 1 ? ' or ' : ', ');
		parts.push(`${n.detail} (see `, { text: n.where, href: n.url }, ')');
	});
	parts.push('.');
	return parts;
}

/** The statement as one plain sentence (Markdown and text outputs). */
export const scopeSentence = (): string =>
	scopeParts()
		.map((p) => (typeof p === 'string' ? p : p.text))
		.join('');
