/**
 * A CSV download named after the board (`Safeguarding-Children-Exec-actions.csv`), with the byte
 * order mark Excel needs to read UTF-8 and a final CRLF.
 */
export const csvDownload = (
  boardName: string,
  what: string,
  csv: string,
): { fileName: string; csv: string } => {
  const slug =
    boardName
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'board';
  return { fileName: `${slug}-${what}.csv`, csv: `\ufeff${csv}\r\n` };
};
