import { Knex } from 'knex';

/**
 * One multi-row `INSERT ... VALUES ... ON CONFLICT DO UPDATE` statement in
 * SQL that SQLite and PostgreSQL both accept. Knex writes multi-row inserts
 * for SQLite as a compound SELECT, which is slower to parse and limited to
 * 500 rows; a VALUES list has neither problem.
 */
export async function bulkUpsert<T extends Record<string, unknown>>(
  db: Knex | Knex.Transaction,
  options: {
    table: string;
    rows: Array<Record<string, unknown>>;
    conflict: string[];
    /** Only update rows where this SQL holds (`t` is the table, `excluded` the new row). */
    where?: string;
    returning?: string[];
  },
): Promise<T[]> {
  const { table, rows, conflict } = options;
  if (rows.length === 0) {
    return [];
  }
  const columns = Object.keys(rows[0]);
  const quote = (name: string) => `"${name}"`;
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  const bindings: unknown[] = [];
  for (const row of rows) {
    for (const column of columns) {
      bindings.push(row[column] ?? null);
    }
  }
  const updates = columns
    .filter(c => !conflict.includes(c))
    .map(c => `${quote(c)} = excluded.${quote(c)}`)
    .join(', ');
  const sql = [
    `INSERT INTO ${quote(table)} AS t (${columns.map(quote).join(', ')})`,
    `VALUES ${rows.map(() => placeholders).join(', ')}`,
    `ON CONFLICT (${conflict.map(quote).join(', ')}) DO UPDATE SET ${updates}`,
    options.where ? `WHERE ${options.where}` : '',
    options.returning
      ? `RETURNING ${options.returning.map(quote).join(', ')}`
      : '',
  ].join(' ');

  const result = await db.raw(sql, bindings as Knex.RawBinding[]);
  // PostgreSQL answers { rows }, better-sqlite3 answers the rows.
  const returned = Array.isArray(result) ? result : result?.rows;
  return (returned ?? []) as T[];
}
