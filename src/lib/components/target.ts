import { hashTarget } from '$lib/urls';

/** Elements that stay on screen while the page scrolls, and so can cover a target. */
const STICKY = ['header.site', '.hl-bar'];
const GAP = 8;

/**
 * How far down the viewport the sticky elements reach once stuck, measured, not assumed (they wrap on
 * phones): each one's sticky `top` plus its height.
 */
export function stickyBottom(): number {
	let bottom = 0;
	for (const sel of STICKY) {
		const el = document.querySelector<HTMLElement>(sel);
		if (!el) continue;
		const style = getComputedStyle(el);
		if (style.position !== 'sticky') continue;
		const height = el.getBoundingClientRect().height;
		if (height > 0) bottom = Math.max(bottom, (parseFloat(style.top) || 0) + height);
	}
	return bottom;
}

/** Writes the sticky height to --landing-offset, so CSS scroll-padding clears it on later jumps too. */
export function updateLandingOffset(): void {
	const root = document.documentElement.style;
	const header = document.querySelector<HTMLElement>('header.site');
	const headerBottom = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().height : 0;
	root.setProperty('--header-bottom', `${Math.ceil(headerBottom)}px`);
	root.setProperty('--landing-offset', `${Math.ceil(stickyBottom()) + GAP}px`);
}

/**
 * Scrolls an element into view below every sticky element: the page's header and the 已标出 bar, and,
 * inside a table's scrolling box, its sticky header row; the box is scrolled back to its label column.
 */
export function landOn(el: Element): void {
	el.scrollIntoView({ block: 'start' });
	const clear = stickyBottom() + GAP;
	const box = el.closest('.scroll');
	if (box) {
		box.scrollLeft = 0;
		const head = box.querySelector('thead')?.getBoundingClientRect();
		const covered = head ? head.bottom - el.getBoundingClientRect().top : 0;
		if (covered > 0) box.scrollTop -= covered;
		// The box's top (its column names) just below the sticky elements, unless that pushes the row off screen.
		window.scrollBy(0, box.getBoundingClientRect().top - clear);
		const below = el.getBoundingClientRect().bottom - window.innerHeight;
		if (below > 0) window.scrollBy(0, below + GAP);
		return;
	}
	const top = el.getBoundingClientRect().top;
	if (top < clear) window.scrollBy(0, top - clear);
}

/**
 * Marks the element a #anchor points at. CSS :target does this on a fresh load (and without
 * JavaScript), but not after client-side navigation, which changes the hash through the History API.
 */
export function markTarget(hash: string): Element | null {
	for (const el of document.querySelectorAll('.is-target')) el.classList.remove('is-target');
	const id = hashTarget(hash);
	if (!id) return null;
	const el = document.getElementById(id);
	if (!el) return null;
	el.classList.add('is-target');
	landOn(el);
	return el;
}
