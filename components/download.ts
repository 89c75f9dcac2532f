// Saving text as a file from an extension page (the popup, the dashboard) without
// the `downloads` permission.

/** Save text as a file from the page itself (no `downloads` permission): a Blob URL on an <a download>. */
export function downloadText(filename: string, text: string, mime: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
