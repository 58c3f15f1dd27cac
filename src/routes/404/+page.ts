// Prerendered as build/404.html, the file static hosts (and npm run serve) answer a missing page with.
export const trailingSlash = 'never';
