/** pdf.js's JPEG decoder, which ships without types: only what picture.ts calls. */
declare module 'pdfjs-dist/image_decoders/pdf.image_decoders.mjs' {
	export class JpegImage {
		width: number;
		height: number;
		parse(data: Uint8Array): void;
		getData(options: { width: number; height: number; forceRGB?: boolean }): Uint8Array;
	}
}
