/**
 * Where the site's source lives, so every "Edit this page", "Report a problem" and "Source" link
 * points at the repository the site was built from. A fork sets REPOSITORY_URL (and
 * REPOSITORY_BRANCH when its default branch is not `main`) and its pages link to its own files and
 * issues; the deploy workflow sets both from the repository it runs in. Without REPOSITORY_URL
 * there is no repository to link, and pages leave those links out. astro.config.mjs re-exports
 * this setting next to SITE_URL and BASE_PATH, the other two deployment settings.
 *
 * Pure module: read at build time, and by unit tests under plain Node. The links are plain
 * URLs; the site itself never calls the repository host.
 */

interface Repository {
	/** The repository's web address, without a trailing slash ("https://github.com/owner/name"). */
	url: string;
	/** The branch the content is edited on. */
	branch: string;
}

const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};

/** The repository named by REPOSITORY_URL and REPOSITORY_BRANCH in `vars`, or undefined without REPOSITORY_URL. */
export function repositoryFrom(vars: Record<string, string | undefined>): Repository | undefined {
	const url = vars['REPOSITORY_URL']?.trim().replace(/\/+$/, '');
	return url ? { url, branch: vars['REPOSITORY_BRANCH']?.trim() || 'main' } : undefined;
}

/** The repository this build links to, if one was configured. */
export const REPOSITORY = repositoryFrom(env);

/** The source file of an error entry, relative to the repository root. */
export const errorSourceFile = (id: string) => `content/errors/${id}.mdx`;

/** "Edit this page": the host's editor for a file on the content branch. */
export const editUrl = (file: string, repo: Repository) =>
	`${repo.url}/edit/${encodeURIComponent(repo.branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;

/** Encode a query value; "/" and ":" may stay as they are in a query (RFC 3986), which keeps page URLs readable. */
const queryValue = (text: string) => encodeURIComponent(text).replace(/%2F/g, '/').replace(/%3A/g, ':');

/**
 * "Report a problem with this page": a new issue with the page's id (in the title) and address (in
 * the body) already filled in, so the report names the page even when the reader writes one line.
 */
export function reportUrl(page: { id: string; url: string }, repo: Repository): string {
	return `${repo.url}/issues/new?title=${queryValue(`Problem on page ${page.id}`)}&body=${queryValue(`Page: ${page.url}\n\n`)}`;
}
