/** Interface texts of personal data (download my data, anonymise a person), English: the reference. */
export const privacyEn = {
  download: {
    heading: 'Your personal data',
    text: 'Download everything the platform holds about you: your profile, memberships, sessions (without their secret tokens), invitations, what you did, your comments and the documents you uploaded. It is a JSON file; the download is recorded.',
    button: 'Download my personal data',
  },
  anonymise: {
    section: 'Personal data',
    intro: 'Anonymise this person when they ask to be forgotten or have left. Their records stay, shown as “Anonymised person”.',
    open: 'Anonymise…',
    heading: 'Anonymise {{name}}?',
    removed: 'The name, e-mail address and password are removed, the account is disabled, and their sessions, memberships and pending invitations are deleted.',
    kept: 'Reports, approvals, documents, comments and the audit log are kept, as the programme must keep them; they will show “Anonymised person”. Entries already in the audit log keep what they recorded at the time.',
    irreversible: 'This cannot be undone.',
    reason: 'Reason',
    reasonHint: 'Kept in the audit log. Do not write personal data here, for example “Asked to be forgotten, case 2026/114”.',
    reasonRequired: 'Write the reason for anonymising this person.',
    confirm: 'Anonymise',
    done: 'This person has been anonymised.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type PrivacyCatalogue = Widen<typeof privacyEn>;
