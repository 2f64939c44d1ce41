/**
 * Near matches of a pasted message against one of Meta's texts, word by word: for the texts that
 * reach people changed a little (a date, an id, a version or a metric name filled in where the
 * entry writes `{placeholder}`, or a value the entry does not mark as variable), cut short (a
 * log viewer's "…", "(truncated...)", a body cut mid-sentence) or starting mid-sentence (a log
 * column or a selection that began inside the text).
 *
 * Both sides become tokens: words, `#` for a number, `*` for a placeholder. An edit distance over
 * tokens says how far the paste is from the text, where a placeholder takes one to twelve words
 * for free and words before the text starts (a library's prefix) are free too. Missing a word that
 * few texts have costs more than missing a common one, and only the words of the text count as
 * evidence, so a short or common text never matches by accident.
 */

/** Tokens of a comparable (normalised) text: words, `#` for numbers, `*` for `{placeholders}`. */
export function tokensOf(norm: string, limit = 80): string[] {
	const out: string[] = [];
	for (const m of norm.matchAll(/\{[^}]*\}|[\p{L}\p{N}_]+/gu)) {
		const t = m[0];
		out.push(t.startsWith('{') ? '*' : /^\d+$/.test(t) ? '#' : t);
		if (out.length >= limit) break;
	}
	return out;
}

/** A pasted message without the marks a viewer leaves where it cut it: "…", "(truncated...)", "[truncated]". */
export function withoutCut(text: string): string {
	const re = /\s*(?:\(?\[?(?:truncated|trimmed|cut)(?:\s*\.{2,3}|…)?\]?\)?|\.{3}|…)\s*["'}\]]*\s*$/i;
	let out = text;
	for (let i = 0; i < 3 && re.test(out); i++) out = out.replace(re, '');
	return out;
}

export interface Alignment {
	/**
	 * `full`: the whole text is there, give or take a few words. `cut`: the paste ends inside the text.
	 * `tail`: the paste starts inside the text (a log column or a selection that began mid-sentence).
	 */
	kind: 'full' | 'cut' | 'tail';
	/** Words of the text matched (placeholders not counted). */
	matched: number;
	/** Words changed, added or left out. */
	cost: number;
	/** A short text (under eight words) with a word swapped for another: maybe another sentence, so only a possibility. */
	swapped?: boolean;
}

/** Most words a placeholder may take. */
const SPAN = 12;

/**
 * The best alignment of the text's tokens `k` inside the paste's tokens `p`, or undefined when it
 * is too far. `ended`: the paste's message may stop early (any message may have been cut by a log
 * column or a viewer), so the text may go on after its last word, which may itself be cut.
 */
export function align(
	p: readonly string[],
	k: readonly string[],
	ended: boolean,
	weight: (token: string) => number = () => 1,
): Alignment | undefined {
	const a = alignWith(p, k, ended, weight, 0) ?? (ended ? tailOf(p, k, weight) : undefined);
	// In a short text a word swapped for another may make another sentence ("This person isn't
	// available right now" is not "this content isn't…"): does it still fit when a swap costs more?
	if (a?.kind !== 'full' || k.filter((t) => t !== '*').length >= 8) return a;
	return alignWith(p, k, ended, weight, 1)?.kind === 'full' ? a : { ...a, swapped: true };
}

/**
 * The paste starting inside the text: the same search from the other end, both sides read backwards,
 * where the paste's first word may be the end of a word the cut went through ("ken: Session…").
 */
function tailOf(p: readonly string[], k: readonly string[], weight: (token: string) => number): Alignment | undefined {
	const a = alignWith([...p].reverse(), [...k].reverse(), true, weight, 0, true);
	return a?.kind === 'cut' ? { ...a, kind: 'tail' } : undefined;
}

function alignWith(
	p: readonly string[],
	k: readonly string[],
	ended: boolean,
	weight: (token: string) => number,
	swapExtra: number,
	backwards = false,
): Alignment | undefined {
	const n = p.length;
	const m = k.length;
	const literal = k.filter((t) => t !== '*').length;
	if (n === 0 || literal < 3) return undefined;
	// What it costs to miss a word of the text: more for a word few texts have, the one that tells it apart.
	const w = k.map((t) => (t === '*' ? 0 : weight(t)));
	const total = w.reduce((a, b) => a + b, 0);
	const INF = 1e9;
	// d[i][j]: cheapest way to match k[0..j) ending at p[i); words of p before the match are free.
	const d: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(INF));
	for (let i = 0; i <= n; i++) d[i]![0] = 0;
	const same = (i: number, j: number) => {
		const a = p[i - 1]!;
		const b = k[j - 1]!;
		if (a === b) return true;
		// the paste's last word, cut in the middle ("expi…"; read backwards, "…ken")
		return ended && i === n && a.length >= 2 && (backwards ? b.endsWith(a) : b.startsWith(a));
	};
	for (let j = 1; j <= m; j++) {
		const star = k[j - 1] === '*';
		const miss = w[j - 1]!;
		for (let i = 0; i <= n; i++) {
			let best = d[i]![j - 1]! + miss; // a word of the text left out (a placeholder may be empty)
			if (i > 0) {
				if (star) {
					for (let s = 1; s <= SPAN && s <= i; s++) best = Math.min(best, d[i - s]![j - 1]!);
				} else {
					best = Math.min(best, d[i - 1]![j - 1]! + (same(i, j) ? 0 : miss + swapExtra), d[i - 1]![j]! + 1);
				}
			}
			d[i]![j] = best;
		}
	}
	// The whole text, anywhere in the paste.
	let full = INF;
	for (let i = 1; i <= n; i++) full = Math.min(full, d[i]![m]!);
	if (full <= Math.floor(total * 0.2)) return { kind: 'full', matched: literal, cost: full };
	if (!ended) return undefined;
	// The paste ends inside the text: the best prefix of the text that the paste's end reaches,
	// if that prefix says enough to tell the text apart: two dozen letters in four words at least, or
	// in three where one is a word few texts have ("Requires instagram_manage_comments permission"),
	// or five words however short where one is such a word ("Redirect URI does not match").
	let best: Alignment | undefined;
	let seen = 0;
	let weighed = 0;
	let letters = 0;
	for (let j = 1; j < m; j++) {
		const t = k[j - 1]!;
		if (t !== '*') {
			seen += 1;
			weighed += w[j - 1]!;
			letters += t.length;
		}
		const cost = d[n]![j]!;
		// The paste's last word must be the text's word there (or fill its placeholder): a paste that
		// goes on with other words went another way, it was not cut.
		const endsHere = t === '*' || (same(n, j) && cost === d[n - 1]![j - 1]!);
		const enough = seen >= 4 || (seen === 3 && weighed > seen && cost === 0);
		const short = letters < 24 && !(seen >= 5 && weighed > seen);
		if (!endsHere || !enough || short || cost > Math.floor(weighed * 0.15)) continue;
		if (!best || seen - 2 * cost > best.matched - 2 * best.cost) best = { kind: 'cut', matched: seen, cost };
	}
	return best;
}
