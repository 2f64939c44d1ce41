/**
 * What the reference covers and what it leaves out, stated once for the home page, the error
 * index and every "no page for this" answer of search and the decoder.
 *
 * Messaging (Instagram Direct through the Messenger Platform) and ads have error families of their
 * own, with handover, conversation-window and delivery rules that have nothing to do with getting a
 * post published; covering them half-way would make "no match" less honest, not more useful.
 */
export const COVERED = ['publishing', 'login and tokens', 'account setup', 'rate limits', 'insights'] as const;

export const NOT_COVERED = [
	{
		topic: 'messaging',
		detail: 'Instagram Direct messages sent through the Messenger Platform (for example handover protocol errors)',
		where: "Meta's Messenger Platform error reference",
		url: 'https://developers.facebook.com/docs/messenger-platform/error-codes',
	},
	{
		topic: 'ads',
		detail: 'ads, campaigns and boosted posts',
		where: "Meta's Marketing API error reference",
		url: 'https://developers.facebook.com/docs/marketing-api/error-reference',
	},
] as const;

/** One sentence for pages: "Covers publishing, login and tokens, … ; not messaging or ads." */
export const scopeSentence = (): string =>
	`This reference covers Instagram API errors met in ${listJoin(COVERED)}. It does not cover ${listJoin(
		NOT_COVERED.map((n) => n.topic),
		'or',
	)}.`;

function listJoin(items: readonly string[], last = 'and'): string {
	if (items.length < 2) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}
