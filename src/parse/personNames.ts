// Whether a few characters read as a person's name: a surname of the table and one or two characters
// (two after a compound surname).
import surnames from '../../data/surnames.json' with { type: 'json' };

// (The table writes the single surnames as one string, a surname a character.)
const SINGLE_SURNAMES: ReadonlySet<string> = new Set(surnames.single);

export const isSurname = (name: string) => SINGLE_SURNAMES.has(name) || surnames.compound.includes(name);

export const isPersonName = (name: string) =>
  surnames.compound.some((c) => name.startsWith(c) && name.length - c.length >= 1 && name.length - c.length <= 2) ||
  (SINGLE_SURNAMES.has(name.charAt(0)) && name.length >= 2 && name.length <= 3);
