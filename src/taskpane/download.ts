/** Offers bytes as a file download: a Blob and an <a download> made with DOM calls (never HTML text). */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function offerDownload(bytes: Uint8Array, name: string, doc: Document = document, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
