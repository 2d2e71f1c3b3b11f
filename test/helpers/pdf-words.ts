/**
 * The words of a PDF with their boxes, page by page (poppler's `pdftotext
 * -bbox`), to measure what is printed: where each word is, and how large.
 * A word's box is as tall as its font's ascent plus descent, a fixed multiple
 * of the font size for a given font (about 1.19 for Times New Roman, 1.30 for
 * Liberation Serif, which LibreOffice uses in its place): a test measures it
 * on a word whose size it knows.
 */
import { execFileSync } from 'child_process';

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
  /** The page's words joined by spaces, in reading order. */
  text: string;
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export function pdfWords(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString();
  const pages: PdfPage[] = [];
  for (const chunk of html.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: unescape(m[5]!),
    }));
    pages.push({ width: Number(size[1]), height: Number(size[2]), words, text: words.map((w) => w.text).join(' ') });
  }
  return pages;
}

/** The height of a word's box in points. */
export function boxHeight(word: PdfWord): number {
  return word.yMax - word.yMin;
}
