/** A LIKE/ILIKE pattern for "contains": `%`, `_` and `\` in what the user typed match literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
