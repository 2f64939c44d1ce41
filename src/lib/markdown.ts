/**
 * The Markdown version of the site's pages (`/errors/<id>.md`, `/categories/<id>.md`, `/faq.md`,
 * `/errors.md`) and the llms.txt files: what people paste into an AI assistant or a ticket, and
 * what assistants fetch. Everything is built from the same entries as the HTML pages; this module
 * only changes the format.
 *
 * Bodies are MDX. `<ErrorLink id="…" />` becomes an ordinary link here, and a guide's components
 * their Markdown form (lib/guides.ts); any other JSX, expression or import would leak MDX into the
 * Markdown, so `mdxBodyToMarkdown` throws on it and the build fails, naming the file and the line.
 *
 * Links are absolute (origin and base path included): a Markdown file is read away from the site.
 * Pure module: no astro:* imports; routes pass entries and an `absolute(path)` function in.
 */
import { mdxToMdast } from 'satteri';
import type { ErrorData } from './error-schema.ts';
import type { FaqData } from './faq-schema.ts';
import { countOf, isoDate } from './format.ts';
import { categoryPath, errorPath, faqPath } from './paths.ts';
import {
	getAction,
	getCaveatKind,
	getKeyKind,
	getCategory,
	getLoginPath,
	getRetryClass,
	getSource,
	getStage,
	MESSAGE_FIELDS,
	type TaxonomyItem,
} from './taxonomy.ts';
import { entryKey, graphKeyLabel, graphKeysNoun, messageCodes } from './entry-key.ts';
import { PAGE_SECTIONS } from './error-sections.ts';

/** What Markdown output needs to know about the site. */
export interface MarkdownSite {
	/** Site name, for llms.txt's title. */
	name: string;
	/** One-sentence summary of the site. */
	summary: string;
	/** Absolute URL of a site path written without the base ("/errors/190/"). */
	absolute: (path: string) => string;
	/** The entry an `<ErrorLink id>` or a `related` id points at; undefined when there is none. */
	lookup: (id: string) => { code: string; title: string } | undefined;
}

interface ErrorDoc {
	id: string;
	data: ErrorData;
	/** The MDX body. */
	body: string;
}

interface FaqDoc {
	id: string;
	data: FaqData;
	body: string;
}

/**
 * The Markdown path of a page path: `/errors/190/` → `/errors/190.md`, `/faq/` → `/faq.md`.
 * The home page has none.
 */
export function markdownPath(path: string): string {
	const trimmed = path.replace(/\/+$/, '');
	if (trimmed === '') throw new Error('the home page has no Markdown version');
	return `${trimmed}.md`;
}

// ---------------------------------------------------------------------------------------------
// Inline text

/**
 * A text from frontmatter as literal Markdown: characters that would start emphasis, code, a link
 * or HTML are escaped. An underscore inside a word (`fbtrace_id`) cannot start emphasis and is
 * left alone, so identifiers stay readable in the raw file.
 */
export function escapeText(text: string): string {
	return text.replace(/[\\`*[\]<>]/g, (c) => `\\${c}`).replace(/(^|\W)_|_(?=\W|$)/g, (m) => m.replace('_', '\\_'));
}

/** Inline code for any text: the fence is one backtick longer than the longest run inside. */
export function codeSpan(text: string): string {
	const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
	const fence = '`'.repeat(longest + 1);
	const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

/** A link whose visible text is literal. */
const link = (text: string, url: string) => `[${escapeText(text)}](${url})`;

/** A link whose visible text is an entry's code, as the HTML pages show it. */
const codeLink = (code: string, url: string) => `[${codeSpan(code)}](${url})`;

// ---------------------------------------------------------------------------------------------
// MDX bodies

/**
 * The Markdown form of one MDX component: `props` are its attributes (a bare attribute is `true`,
 * a `{…}` value must be a JSON literal such as a number), `children` its content, already Markdown.
 */
export type MarkdownComponent = (props: Readonly<Record<string, unknown>>, children: string) => string;

class MdxInMarkdownError extends Error {
	constructor(file: string, line: number, what: string, known: readonly string[]) {
		super(
			`${file}:${line}: ${what}. A body may use only components that have a Markdown form (${known.map((n) => `<${n}>`).join(', ')}), ` +
				'so that the Markdown version of the page does not leak MDX.',
		);
		this.name = 'MdxInMarkdownError';
	}
}

/** The parts of satteri's MDX syntax tree (mdast plus the MDX node types) read here. */
interface MdxNode {
	type: string;
	name?: string | null;
	value?: unknown;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: MdxNode[];
	position?: { start: { line: number; offset?: number }; end: { offset?: number } };
}

/**
 * Turn an MDX body into plain Markdown. The body is parsed with the MDX parser the site builds with
 * (satteri, under @astrojs/mdx), so code spans and code blocks are text whatever they hold, and only
 * real JSX elements, `{…}` expressions and `import`/`export` are MDX. Each element becomes the
 * Markdown its component gives (`<ErrorLink id="x" />` always: a link showing the entry's code;
 * others from `components`); everything else is copied from the source as written. An element with
 * no Markdown form, an expression or an import throws, naming the file and the line.
 */
export function mdxBodyToMarkdown(
	body: string,
	file: string,
	site: Pick<MarkdownSite, 'absolute' | 'lookup'>,
	components: Readonly<Record<string, MarkdownComponent>> = {},
): string {
	const known: Record<string, MarkdownComponent> = {
		ErrorLink: (props) => {
			const id = String(props['id']);
			const target = site.lookup(id);
			// Like the page's component, an id without an entry shows as plain code.
			return target ? codeLink(target.code, site.absolute(errorPath(id))) : codeSpan(id);
		},
		...components,
	};
	const fail = (line: number, what: string): never => {
		throw new MdxInMarkdownError(file, line, what, Object.keys(known));
	};
	let tree: MdxNode;
	try {
		tree = mdxToMdast(body) as MdxNode;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return fail(Number(/(\d+):\d+/.exec(message)?.[1] ?? 1), `not valid MDX (${message.split('\n')[0]})`);
	}
	const start = (node: MdxNode) => node.position?.start.offset ?? 0;
	const end = (node: MdxNode) => node.position?.end.offset ?? body.length;

	/** The source from `from` to `to` with each child in it replaced by its Markdown. */
	const splice = (children: readonly MdxNode[], from: number, to: number): string => {
		let out = '';
		let at = from;
		for (const child of children) {
			out += body.slice(at, start(child)) + convert(child);
			at = end(child);
		}
		return out + body.slice(at, to);
	};

	function convert(node: MdxNode): string {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'mdxjsEsm') return fail(line, `"${String(node.value).split(/\s/)[0]}" statement`);
		if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			return fail(line, `"{${String(node.value)}}" (an MDX expression)`);
		}
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') {
			return splice(node.children ?? [], start(node), end(node));
		}
		const render = node.name ? known[node.name] : undefined;
		if (!render) return fail(line, `"<${node.name ?? ''}>" element`);
		const props: Record<string, unknown> = {};
		for (const attribute of node.attributes ?? []) {
			if (attribute.type !== 'mdxJsxAttribute' || !attribute.name)
				return fail(line, `a spread attribute on <${node.name}>`);
			const { value } = attribute;
			if (value === null || value === undefined) props[attribute.name] = true;
			else if (typeof value === 'string') props[attribute.name] = value;
			else {
				const source = String((value as { value?: unknown }).value);
				try {
					props[attribute.name] = JSON.parse(source);
				} catch {
					return fail(line, `"${attribute.name}={${source}}" (an expression in an attribute)`);
				}
			}
		}
		const children = node.children ?? [];
		const inner = children.length > 0 ? splice(children, start(children[0]!), end(children.at(-1)!)) : '';
		return render(props, inner.trim());
	}

	return convert(tree).trim();
}

// ---------------------------------------------------------------------------------------------
// Pages

const fieldLabel = new Map<string, string>(MESSAGE_FIELDS.map((f) => [f.id, f.label]));

/** "label: summary" for a taxonomy item, as one Markdown line. */
const labelled = (item: TaxonomyItem) => `${escapeText(item.label)}. ${escapeText(item.summary)}`;

/** The facts at the top of an error's Markdown, one list item per frontmatter field shown on the page. */
function errorFacts(entry: ErrorDoc, site: MarkdownSite): string[] {
	const { data } = entry;
	const category = getCategory(data.category);
	const facts: string[] = [`- **Code:** ${codeSpan(data.code)}`];
	facts.push(`- **Keyed by:** ${escapeText(getKeyKind(entryKey(data).kind).label)}`);
	if (data.graph.length > 0) {
		const pairs = data.graph.map((k) => `${codeSpan(graphKeyLabel(k))}${k.http ? ` (HTTP ${k.http})` : ''}`);
		facts.push(`- **Graph ${graphKeysNoun(data.graph)}:** ${pairs.join(', ')}`);
	} else if (messageCodes(data).length > 0) {
		facts.push(
			`- **Graph code:** ${messageCodes(data)
				.map((c) => codeSpan(String(c)))
				.join(', ')} (shared; the message says which error)`,
		);
	}
	if (data.type) facts.push(`- **Type:** ${codeSpan(data.type)}`);
	facts.push(
		`- **Category:** ${link(category.label, site.absolute(categoryPath(category.id)))}`,
		`- **Stage:** ${labelled(getStage(data.stage))}`,
		`- **Action:** ${labelled(getAction(data.action))}`,
		`- **Retry:** ${escapeText(getRetryClass(data.retry).label)}. ${escapeText(data.retryWhen)}`,
		`- **Login paths:** ${data.login.map((id) => escapeText(getLoginPath(id).name)).join('; ')}`,
	);
	if (data.messages.length > 0) {
		facts.push('- **Messages Meta sends:**');
		for (const m of data.messages)
			facts.push(`  - ${codeSpan(m.text)} (${escapeText(fieldLabel.get(m.field) ?? m.field)})`);
	} else {
		facts.push('- **Messages Meta sends:** none documented; match the error on its code and subcode.');
	}
	if (data.aliases.length > 0) {
		facts.push('- **Also shown by tools as:**');
		for (const a of data.aliases)
			facts.push(`  - ${codeSpan(a.text)} (${a.url ? link(a.seen, a.url) : escapeText(a.seen)})`);
	}
	facts.push('- **What not to do:**', ...data.dont.map((line) => `  - ${escapeText(line)}`));
	facts.push(`- **Last checked against Meta's documentation:** ${isoDate(data.updated)}`);
	facts.push(`- **Page:** ${site.absolute(errorPath(entry.id))}`);
	return facts;
}

/** The Markdown version of an error page: title, facts, caveats, body, then the sections the page adds. */
export function errorMarkdown(entry: ErrorDoc, site: MarkdownSite): string {
	const { data } = entry;
	const parts: string[] = [
		`# ${escapeText(`${data.code}: ${data.title}`)}`,
		escapeText(data.description),
		errorFacts(entry, site).join('\n'),
	];
	for (const caveat of data.caveats) {
		parts.push(`> **${escapeText(getCaveatKind(caveat.kind).label)}:** ${escapeText(caveat.text)}`);
	}
	parts.push(mdxBodyToMarkdown(entry.body, `content/errors/${entry.id}.mdx`, site));
	parts.push(`## ${PAGE_SECTIONS.customer.text}`, `> ${escapeText(data.customerMessage)}`);
	parts.push(`## ${PAGE_SECTIONS.escalate.text}`, data.collect.map((item) => `- ${escapeText(item)}`).join('\n'));
	const related = data.related.flatMap((id) => {
		const target = site.lookup(id);
		return target ? [`- ${codeLink(target.code, site.absolute(errorPath(id)))}: ${escapeText(target.title)}`] : [];
	});
	if (related.length > 0) parts.push(`## ${PAGE_SECTIONS.related.text}`, related.join('\n'));
	parts.push(
		`## ${PAGE_SECTIONS.sources.text}`,
		data.sources
			.map(({ source, facts }) => {
				const s = getSource(source);
				return `- ${s.url ? link(s.label, s.url) : escapeText(s.label)}: ${escapeText(facts)}`;
			})
			.join('\n'),
	);
	if (data.changes.length > 0) {
		parts.push('## Changes', data.changes.map((c) => `- ${isoDate(c.date)}: ${escapeText(c.note)}`).join('\n'));
	}
	return `${parts.join('\n\n')}\n`;
}

/** One line per entry in a list: linked code, title, action. */
export function entryLine(
	entry: { id: string; data: Pick<ErrorData, 'code' | 'title' | 'action'> },
	url: string,
): string {
	return `- ${codeLink(entry.data.code, url)}: ${escapeText(entry.data.title)} (${escapeText(getAction(entry.data.action).label)})`;
}

/** The Markdown version of a category page: its summary and its entries. */
export function categoryMarkdown(
	category: TaxonomyItem,
	entries: readonly { id: string; data: Pick<ErrorData, 'code' | 'title' | 'action'> }[],
	site: MarkdownSite,
): string {
	const list =
		entries.length > 0
			? entries.map((e) => entryLine(e, site.absolute(errorPath(e.id)))).join('\n')
			: 'No error is filed under this category yet.';
	return (
		[
			`# ${escapeText(category.label)} errors`,
			escapeText(category.summary),
			`${countOf(entries.length, 'error')}. Page: ${site.absolute(categoryPath(category.id))}`,
			list,
		].join('\n\n') + '\n'
	);
}

/** The Markdown version of the index: every entry, grouped by category. */
export function indexMarkdown(
	groups: readonly {
		category: TaxonomyItem;
		errors: readonly { id: string; data: Pick<ErrorData, 'code' | 'title' | 'action'> }[];
	}[],
	site: MarkdownSite,
): string {
	const parts = [`# All errors`, `Page: ${site.absolute(errorPath())}`];
	for (const { category, errors } of groups) {
		if (errors.length === 0) continue;
		parts.push(`## ${link(category.label, site.absolute(categoryPath(category.id)))}`);
		parts.push(errors.map((e) => entryLine(e, site.absolute(errorPath(e.id)))).join('\n'));
	}
	return `${parts.join('\n\n')}\n`;
}

/** The Markdown version of the FAQ: every question with its short answer, full answer and sources. */
export function faqMarkdown(items: readonly FaqDoc[], site: MarkdownSite): string {
	const parts = ['# Frequently asked questions', `Page: ${site.absolute(faqPath())}`];
	for (const item of items) {
		parts.push(`## ${escapeText(item.data.question)}`, `**${escapeText(item.data.short)}**`);
		const body = mdxBodyToMarkdown(item.body, `content/faq/${item.id}.mdx`, site);
		if (body) parts.push(body);
		const related = item.data.related.flatMap((id) => {
			const target = site.lookup(id);
			return target ? [codeLink(target.code, site.absolute(errorPath(id)))] : [];
		});
		if (related.length > 0) parts.push(`Errors this answer is about: ${related.join(', ')}`);
		parts.push(
			`Sources: ${item.data.sources
				.map((id) => {
					const s = getSource(id);
					return s.url ? link(s.label, s.url) : escapeText(s.label);
				})
				.join('; ')}`,
		);
	}
	return `${parts.join('\n\n')}\n`;
}

/** The Markdown version of a guide: title, description, body (its components in their Markdown form). */
export function guideMarkdown(
	guide: { id: string; title: string; description: string; body: string; url: string },
	site: MarkdownSite,
	components: Readonly<Record<string, MarkdownComponent>>,
): string {
	return (
		[
			`# ${escapeText(guide.title)}`,
			escapeText(guide.description),
			`Page: ${guide.url}`,
			mdxBodyToMarkdown(guide.body, `content/guides/${guide.id}.mdx`, site, components),
		]
			.filter(Boolean)
			.join('\n\n') + '\n'
	);
}

// ---------------------------------------------------------------------------------------------
// llms.txt

interface LlmsSection {
	title: string;
	links: readonly { title: string; url: string; summary?: string }[];
}

/**
 * `/llms.txt` in the llms.txt convention: an H1 with the site name, a blockquote summary, a short
 * paragraph, then H2 sections of `- [title](url): summary` links.
 */
export function llmsTxt(site: MarkdownSite, intro: string, sections: readonly LlmsSection[]): string {
	const parts = [`# ${site.name}`, `> ${site.summary}`, intro];
	for (const section of sections) {
		if (section.links.length === 0) continue;
		parts.push(
			`## ${section.title}`,
			section.links.map((l) => `- ${link(l.title, l.url)}${l.summary ? `: ${escapeText(l.summary)}` : ''}`).join('\n'),
		);
	}
	return `${parts.join('\n\n')}\n`;
}

/** `/llms-full.txt`: the site's title and summary, then every entry's Markdown, separated by rules. */
export function llmsFullTxt(site: MarkdownSite, entries: readonly ErrorDoc[]): string {
	const head = `# ${site.name}\n\n> ${site.summary}\n`;
	return [head, ...entries.map((e) => errorMarkdown(e, site))].join('\n---\n\n');
}
