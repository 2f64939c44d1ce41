/**
 * What leaves the decoder: the search term for a miss, and the URL fragment that reopens it
 * (with access tokens removed).
 */
import { prepareInput } from './parse.ts';
import { MAX_INPUT_CHARS, type ExtractedFields } from './types.ts';

/** The `(#code)` Meta puts in front of a message, possibly after a type. */
const HASH_CODE = /^[^(]{0,60}\(#(-?\d{1,9})\)/;

/** The best term to search the site for when nothing matched. */
export function searchTerm(fields: ExtractedFields): string {
	const n = fields.subcode ?? fields.code ?? fields.number;
	if (n !== undefined) return String(n);
	const text = fields.message ?? fields.error_user_title ?? '';
	return text.replace(HASH_CODE, '').trim().slice(0, 100);
}

/**
 * The text as it may go into a shared link: cut to the limit, with access tokens removed, since
 * log lines often carry one and a link ends up in chats and browser history.
 */
export function shareableText(raw: string): string {
	return prepareInput(raw)
		.text.replace(
			/((?:access_token|input_token|client_secret|appsecret_proof)["']?\s*(?:[:=]|=>)\s*["']?)[^"'&\s,}]{8,}/gi,
			'$1[removed]',
		)
		.replace(/(bearer\s+)[\w.\-~+/]{16,}=*/gi, '$1[removed]')
		.replace(/\b(?:EAA|IGQV|IGAA)[\w-]{20,}/g, '[removed]');
}

/** The URL fragment (with `#`) that reopens the decoder on this text. */
export const toFragment = (raw: string) => `#${encodeURIComponent(shareableText(raw))}`;

/** The text a fragment carries; a malformed escape is kept as written instead of failing. */
export function fromFragment(hash: string): string {
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	const limited = body.slice(0, MAX_INPUT_CHARS * 4);
	try {
		return decodeURIComponent(limited);
	} catch {
		return limited;
	}
}
