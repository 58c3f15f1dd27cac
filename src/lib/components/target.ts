/**
 * Marks the element a #anchor points at. CSS :target does this on a fresh load (and without
 * JavaScript), but not after client-side navigation, which changes the hash through the History API.
 */
export function markTarget(hash: string): void {
	for (const el of document.querySelectorAll('.is-target')) el.classList.remove('is-target');
	const id = decodeURIComponent(hash.replace(/^#/, ''));
	if (!id) return;
	const el = document.getElementById(id);
	if (!el) return;
	el.classList.add('is-target');
	el.scrollIntoView({ block: 'start' });
}
