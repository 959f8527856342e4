// Prints the page as Chromium would to paper (A4) and reads the text back,
// one string per page, so tests can check what a printout shows.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(page) {
  const bytes = await page.pdf({ format: 'A4', printBackground: true });
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => i.str).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}
