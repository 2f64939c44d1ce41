/**
 * What the reference covers and what it leaves out, stated once for the home page, the error
 * index and every "no page for this" answer of search and the decoder.
 *
 * Messaging (Instagram Direct through the Messenger Platform) and ads have error families of their
 * own, with handover, conversation-window and delivery rules that have nothing to do with getting a
 * post published; covering them half-way would make "no match" less honest, not more useful.
 */
import { listJoin } from './text.ts';

const COVERED = ['publishing', 'login and tokens', 'account setup', 'rate limits', 'insights'] as const;

const NOT_COVERED = [
	{
		topic: 'messaging',
		detail: 'Instagram Direct messages sent through the Messenger Platform',
		where: "Meta's Messenger Platform error codes",
		url: 'https://developers.facebook.com/docs/messenger-platform/error-codes',
	},
	{
		topic: 'ads',
		detail: 'ads, campaigns and boosted posts',
		where: "Meta's Marketing API error reference",
		url: 'https://developers.facebook.com/docs/marketing-api/error-reference',
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
		`This reference covers Instagram API errors met in ${listJoin(COVERED)}, with Facebook Login and with Instagram Login. It does not cover `,
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
