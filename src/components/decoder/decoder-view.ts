/**
 * The decoder page's answer: decodes the text in `<error-decoder>` against the reference and
 * shows the result with the views of answer-view.ts (the same ones search uses), says it in the
 * status line, and makes the shareable `/decode/#…` link. Loaded on demand by error-decoder.ts.
 */
import {
	decode,
	fromFragment,
	MAX_INPUT_CHARS,
	shareableText,
	toFragment,
	type DecodeResult,
} from '../../lib/decode.ts';
import { decoderHit, type SearchHit } from '../../lib/search/merge.ts';
import type { Reference } from '../answer/answer-client.ts';
import { bestCard, candidates, fieldsTable, h, noMatch } from '../answer/answer-view.ts';

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** The notice for a text cut to the limit; `length` is how long it was. */
const cutNotice = (length: number) =>
	h(
		'p',
		{ class: 'answer-notice', 'data-decoder-notice': '' },
		`Your text was ${length.toLocaleString('en')} characters long; only the first ${MAX_INPUT_CHARS.toLocaleString('en')} were kept and read. Paste just the error body for a complete reading.`,
	);

/** The sections of the answer, in page order, and the sentence the status line says. */
function answer(ref: Reference, result: DecodeResult, text: string, cutFrom: number | undefined) {
	const top = result.matches[0];
	const best = result.verdict === 'match' && top ? ref.byId.get(top.id) : undefined;
	const others = (best ? result.matches.slice(1) : result.matches)
		.map((m) => decoderHit(m, ref.byId, ref.labels.actions))
		.filter((hit): hit is SearchHit => hit !== undefined);
	const length = Math.max(result.length, cutFrom ?? 0);
	const sections = [
		(result.truncated || length > result.length) && cutNotice(length),
		best && top ? bestCard(ref, best, top.reasons) : noMatch(ref, result, 'decoder', text),
		candidates(others, Boolean(best)),
		fieldsTable(result),
	].filter((section): section is HTMLElement => Boolean(section));
	const more = others.length > 0 ? ` ${plural(others.length, 'other candidate')} below.` : '';
	const said = best
		? `Best match: ${best.code}, ${best.title}.${more}`
		: result.verdict === 'possible'
			? `No certain match. ${plural(others.length, 'possible match', 'possible matches')} below.`
			: 'No page for this error yet. What the decoder understood is listed below.';
	return { sections, said };
}

/** Copies `link` and says what was copied; `redacted` says whether access tokens were taken out of it. */
async function copyLink(link: string, redacted: boolean, say: (text: string) => void) {
	const removed = redacted ? ' Access tokens were removed from it.' : '';
	try {
		await navigator.clipboard.writeText(link);
		say(`Link copied. Anyone who opens it sees this result; the text travels in the link, not to a server.${removed}`);
	} catch {
		say(`Copy the link from the address bar or the box below.${removed}`);
	}
}

export function createDecoder(root: HTMLElement, ref: Reference) {
	const status = root.querySelector<HTMLElement>('[data-decoder-status]');
	const results = root.querySelector<HTMLElement>('[data-decoder-results]');
	const shareOut = root.querySelector<HTMLInputElement>('[data-share-output]');
	const say = (text: string) => {
		if (status) status.textContent = text;
	};
	return {
		/** Decode and show; `cutFrom` is the length of the text before the page cut it to the limit. */
		decode(text: string, cutFrom?: number) {
			if (!results) return;
			const result = decode(text, ref.entries);
			const { sections, said } =
				result.verdict === 'empty'
					? { sections: [], said: 'Paste an error above to decode it.' }
					: answer(ref, result, text, cutFrom);
			results.replaceChildren(...sections);
			results.hidden = sections.length === 0;
			say(said);
		},
		/** Put the text in the address bar's fragment and copy the link. */
		async share(text: string) {
			if (!text.trim()) return say('Paste an error first; the link carries the text you paste.');
			history.replaceState(null, '', toFragment(text));
			await copyLink(location.href, shareableText(text) !== text.slice(0, MAX_INPUT_CHARS), say);
			if (!shareOut) return;
			shareOut.value = location.href;
			shareOut.closest<HTMLElement>('[data-share]')?.removeAttribute('hidden');
		},
		textOf: fromFragment,
	};
}
