/**
 * A text cell of a CSV file (RFC 4180) that people open in a spreadsheet: quoted when it holds a
 * comma, a semicolon (the separator Excel expects in Turkish), a quote or a line break, and kept
 * from being run as a formula when it starts like one (=, +, -, @, a tab or a carriage return),
 * as a producer's name or city typed as `=HYPERLINK(…)` would be.
 */
export function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
