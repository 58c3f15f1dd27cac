import { hashTarget } from '$lib/urls';
import { selection } from './selection.svelte';

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
 * Scrolls a table's box sideways so a value cell is inside it and clear of the sticky label column (a
 * cell wider than the room left keeps its left edge beside the labels).
 */
function showBesideLabel(cell: Element, box: Element): void {
	const label = cell.closest('tr')?.querySelector('th')?.getBoundingClientRect();
	const room = box.getBoundingClientRect();
	const at = cell.getBoundingClientRect();
	const overRight = at.right - (room.left + box.clientWidth) + GAP;
	const beforeLabel = at.left - (label ? label.right : room.left) - GAP;
	if (overRight > 0) box.scrollLeft += Math.max(0, Math.min(overRight, beforeLabel));
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
		if (el.matches('td')) showBesideLabel(el, box);
		const head = box.querySelector('thead th')?.getBoundingClientRect();
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

/** Gives the target mark to one element (or none), and tells the tables which one it is. */
function mark(id: string): Element | null {
	for (const el of document.querySelectorAll('.is-target')) el.classList.remove('is-target');
	selection.target = id;
	const el = id ? document.getElementById(id) : null;
	el?.classList.add('is-target');
	return el;
}

/**
 * Marks the element a #anchor points at and lands on it. CSS :target does this on a fresh load (and
 * without JavaScript), but not after client-side navigation, which changes the hash through the History API.
 */
export function markTarget(hash: string): Element | null {
	const el = mark(hashTarget(hash));
	if (el) landOn(el);
	return el;
}

/**
 * Selects what the reader clicked (a value cell) where it is: the address names it, so it can be copied or
 * cited, but the page does not move under the pointer.
 */
export function selectInPlace(id: string): void {
	history.replaceState(history.state, '', `${location.pathname}${location.search}#${id}`);
	mark(id);
}
