/**
 * <copy-button>: copies a link or a text to the clipboard and says so, visibly and to screen
 * readers (the status element is a polite live region). The server renders it invisible but taking
 * its room (global.css), so showing it moves nothing; it shows itself (`data-ready`) only when the
 * Clipboard API is there, so a page without JavaScript, or on an origin where copying cannot work,
 * shows no dead button.
 *
 * data-copy="link": the page's canonical URL, plus `#<data-target>` when a target is given.
 * data-copy="text": the text of the element matching the selector in data-target.
 * data-copy="markdown": the Markdown file at the URL in data-target (same origin), fetched on click
 * so the page does not carry a second copy of itself.
 */
class CopyButton extends HTMLElement {
	#timer = 0;

	connectedCallback() {
		const button = this.querySelector('button');
		const status = this.querySelector('[role="status"]');
		if (!button || !status || !navigator.clipboard) return;
		this.dataset.ready = '';
		button.onclick = () =>
			this.#write().then(
				() => this.#say(status, this.dataset.done ?? 'Copied'),
				() => this.#say(status, 'Could not copy; select the text and press Ctrl+C'),
			);
	}

	#write(): Promise<void> {
		if (this.dataset.copy !== 'markdown') return navigator.clipboard.writeText(this.#text());
		const text = fetch(this.dataset.target ?? '').then((r) =>
			r.ok ? r.text() : Promise.reject(new Error(`${r.status}`)),
		);
		// Safari lets a click write to the clipboard only if the write starts in the click itself, so
		// where it can, hand the clipboard an item whose content is still being fetched.
		if (typeof ClipboardItem === 'function') {
			return navigator.clipboard.write([
				new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) }),
			]);
		}
		return text.then((t) => navigator.clipboard.writeText(t));
	}

	#text(): string {
		const { copy, target = '' } = this.dataset;
		if (copy === 'text') return (document.querySelector(target)?.textContent ?? '').replace(/\s+/g, ' ').trim();
		const page = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0];
		return target ? `${page}#${target}` : `${page}`;
	}

	#say(status: Element, message: string) {
		status.textContent = message;
		clearTimeout(this.#timer);
		this.#timer = window.setTimeout(() => (status.textContent = ''), 4000);
	}
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
