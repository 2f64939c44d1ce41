/**
 * Shared types and limits of the paste reader: what extraction yields, what matching returns,
 * and the structural subset of an `/errors.json` record they need.
 */

/** Longer input is cut to this many characters before reading (an error body is a few hundred). */
export const MAX_INPUT_CHARS = 20_000;
/** At most this many candidates are returned. */
export const MAX_MATCHES = 8;
/** Longest text kept for one extracted field. */
export const MAX_FIELD_CHARS = 1_000;

/** What the decoder needs of an entry: a structural subset of an `/errors.json` record. */
export interface DecodableEntry {
	id: string;
	title?: string;
	type?: string | null;
	/** Taxonomy category id: used to name the nearest family when nothing matches. */
	category?: string;
	graph: readonly { code?: number; through?: number; subcode?: number; http?: number }[];
	/** Meta's texts; `code` is the Graph code a text arrives with, for entries keyed by their message. */
	messages: readonly { text: string; field?: string; code?: number }[];
	/** How the entry is keyed (taxonomy.ts KEY_KINDS): `code` marks the generic page of a code. */
	key?: { readonly kind: string };
	/** Vendor and SDK wordings of the same error (`{placeholders}` allowed). */
	aliases?: readonly { text: string; seen?: string; url?: string }[];
}

/** How the input was read. */
export type InputShape =
	| 'empty'
	| 'error-body'
	| 'error-object'
	| 'embedded-json'
	| 'repr'
	| 'fields'
	| 'status'
	| 'header'
	| 'number'
	| 'pair'
	| 'text';

/** Plain-words names of the shapes, for the page. */
export const SHAPE_LABELS: Record<InputShape, string> = {
	empty: 'nothing to read',
	'error-body': 'a Graph API error body',
	'error-object': 'a Graph API error object',
	'embedded-json': 'an error object inside other text',
	repr: 'a Python, Ruby, PHP or JavaScript printout of an error',
	fields: 'code and subcode fragments',
	status: 'a container status text',
	header: 'a WWW-Authenticate header',
	number: 'a bare code or subcode',
	pair: 'a code and subcode pair',
	text: 'a message sentence',
};

export interface ExtractedFields {
	code?: number;
	/** A `code` that is a name rather than a number ("REVOKED_ACCESS_TOKEN", from other APIs and wrappers). */
	code_name?: string;
	subcode?: number;
	/** A number given on its own: it may be a code or a subcode. */
	number?: number;
	type?: string;
	message?: string;
	error_user_title?: string;
	error_user_msg?: string;
	fbtrace_id?: string;
	is_transient?: boolean;
	/** The container status text ("Media upload has failed with error code 2207026"). */
	status?: string;
	/** The HTTP status of the response, where the paste shows it (a wrapper, a client's message, Instagram Login's `code`). */
	http?: number;
	/** The Meta API host the call went to (graph.facebook.com, graph.instagram.com). */
	host?: string;
	/**
	 * The whole paste, spaces collapsed, for finding known texts inside surrounding words.
	 * Not shown; absent when the paste was a bare number.
	 */
	text?: string;
}

/** `exact`: the pasted error is this entry. `strong`: almost surely. `possible`: worth a look, not an answer. */
export type Strength = 'exact' | 'strong' | 'possible';

/** What the strongest reason of a match rests on, in the ranking order of match.ts. */
export type MatchedBy = 'subcode' | 'text' | 'code' | 'alias' | 'words';

export interface Match {
	id: string;
	strength: Strength;
	score: number;
	/** What the strongest reason rests on. */
	by: MatchedBy;
	/** Why it matched, most important first, in words a person can check ("subcode 2207026 in your text"). */
	reasons: string[];
}

/** What was understood from the paste, whether or not an entry matched. */
export interface Understood {
	code?: number;
	subcode?: number;
	type?: string;
	http?: number;
	host?: string;
	message?: string;
	userTitle?: string;
	userMsg?: string;
}

/** The nearest family page for a paste that matched no entry for certain. */
export interface Family {
	/** `entry`: a generic page (the code's own page). `category`: a category page. */
	kind: 'entry' | 'category';
	/** Entry id or category id. */
	id: string;
	/** Why this family ("code 190", "HTTP 429"). */
	reason: string;
}

export interface DecodeResult {
	shape: InputShape;
	fields: ExtractedFields;
	/** Length of the input as given. */
	length: number;
	/** True when the input was longer than MAX_INPUT_CHARS and only its start was read. */
	truncated: boolean;
	/** Ranked, best first. */
	matches: Match[];
	/**
	 * `match`: matches[0] is the answer. `possible`: only weak candidates, no answer.
	 * `none`: nothing matched. `empty`: there was nothing to read.
	 */
	verdict: 'match' | 'possible' | 'none' | 'empty';
	/** The fields a person recognises, for the "what was understood" panel. */
	understood: Understood;
	/** Set when there is no answer and a family page is near: the code's generic page or a category. */
	family?: Family;
	/** Set when the paste looks like it comes from an area the reference leaves out (ads). */
	outside?: Outside;
}

/** An area outside the reference that a paste seems to come from, and what gave it away. */
export interface Outside {
	/** The topic of scope.ts NOT_COVERED ("ads"). */
	topic: string;
	/** What in the paste points there ("an ad account id, act_…"). */
	reason: string;
}
