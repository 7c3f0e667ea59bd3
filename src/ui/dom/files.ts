/** Offers text as a file download (a save, a damaged copy, a result, a CSV). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen file as text, refusing anything far larger than a save could be. */
export async function readChosenFile(input: HTMLInputElement, maxChars: number): Promise<string | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  if (file.size > maxChars * 4) return '';
  return file.text();
}
