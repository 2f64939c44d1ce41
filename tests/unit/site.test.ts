import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editUrl, errorSourceFile, repositoryFrom, reportUrl } from '../../src/lib/site.ts';

const fork = { url: 'https://github.com/someone/fork', branch: 'trunk' };

describe('edit and report links', () => {
	it("edit links open the entry's source file on the content branch", () => {
		assert.equal(
			editUrl(errorSourceFile('2207026'), fork),
			'https://github.com/someone/fork/edit/trunk/content/errors/2207026.mdx',
		);
	});

	it('report links prefill a new issue with the page id and URL', () => {
		const url = new URL(
			reportUrl(
				{ id: 'session-has-been-invalidated', url: 'https://example.org/ref/errors/session-has-been-invalidated/' },
				fork,
			),
		);
		assert.equal(url.origin + url.pathname, 'https://github.com/someone/fork/issues/new');
		assert.equal(url.searchParams.get('title'), 'Problem on page session-has-been-invalidated');
		assert.equal(
			url.searchParams.get('body'),
			'Page: https://example.org/ref/errors/session-has-been-invalidated/\n\n',
		);
	});

	it('read the repository from REPOSITORY_URL and REPOSITORY_BRANCH, so a fork links to itself', () => {
		assert.deepEqual(
			repositoryFrom({ REPOSITORY_URL: 'https://github.com/someone/fork/', REPOSITORY_BRANCH: 'trunk' }),
			fork,
		);
		assert.deepEqual(repositoryFrom({ REPOSITORY_URL: 'https://github.com/someone/fork' }), {
			url: 'https://github.com/someone/fork',
			branch: 'main',
		});
	});

	it('without REPOSITORY_URL there is no repository, so no page links to a placeholder', () => {
		assert.equal(repositoryFrom({}), undefined);
		assert.equal(repositoryFrom({ REPOSITORY_URL: '', REPOSITORY_BRANCH: 'trunk' }), undefined);
	});
});
