/** Offers `text` as a file download from the extension page itself: nothing leaves the browser. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has handed the file to the browser's downloads.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
