// TODO(cairn): the backend's export.csv quotes cells the same way; move
// csvCell/toCsv into @cairn/plugin-scorecards-common and use it from both.

/** A cell value that can go into a CSV file. */
export type CsvCell = string | number | undefined;

/**
 * Quotes one CSV cell (RFC 4180) and defuses spreadsheet formulas: a cell
 * that starts with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` so a
 * spreadsheet shows it as text instead of running it.
 */
export function csvCell(value: CsvCell): string {
  if (value === undefined) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Builds CSV text from a header row and data rows, CRLF line ends. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows]
    .map(row => row.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** Makes the browser save `text` as a file called `fileName`. */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}
