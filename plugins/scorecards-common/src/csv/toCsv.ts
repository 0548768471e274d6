/**
 * A value that can go into one CSV cell.
 *
 * @public
 */
export type CsvCell = string | number | undefined;

/**
 * Quotes one CSV cell (RFC 4180) and defuses spreadsheet formulas: text that
 * starts with an equals sign, plus, minus, at sign, tab or carriage return
 * gets a leading apostrophe, so a spreadsheet shows it as text instead of
 * running it.
 *
 * @public
 * @param value - the cell's value; `undefined` becomes an empty cell
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

/**
 * Builds CSV text from rows (the header row first), with CRLF line ends.
 * The roll-up export of the backend and the table download of the frontend
 * both use it, so the two files read the same.
 *
 * @public
 * @param rows - the rows, each an array of cells
 */
export function toCsv(rows: CsvCell[][]): string {
  return `${rows.map(row => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
