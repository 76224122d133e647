import type { PrivacyCatalogue } from './privacy.en';

/** Interface texts of personal data, norsk bokmål. */
export const privacyNb: PrivacyCatalogue = {
  download: {
    heading: 'Dine personopplysninger',
    text: 'Last ned alt plattformen har om deg: profilen, medlemskap, økter (uten de hemmelige nøklene), invitasjoner, hva du har gjort, kommentarene dine og dokumentene du har lastet opp. Det er en JSON-fil; nedlastingen blir loggført.',
    button: 'Last ned personopplysningene mine',
  },
  anonymise: {
    section: 'Personopplysninger',
    intro: 'Anonymiser denne personen når hen ber om å bli glemt eller har sluttet. Opplysningene programmet må ta vare på, blir stående og vises som «Anonymised person».',
    open: 'Anonymiser …',
    heading: 'Anonymisere {{name}}?',
    removed: 'Navn, e-postadresse og passord fjernes, kontoen deaktiveres, og øktene, medlemskapene og ventende invitasjoner slettes.',
    kept: 'Rapporter, godkjenninger, dokumenter, kommentarer og revisjonsloggen beholdes fordi programmet må ta vare på dem; de vil vise «Anonymised person». Oppføringer som allerede står i revisjonsloggen, beholder det de registrerte da.',
    irreversible: 'Dette kan ikke angres.',
    reason: 'Begrunnelse',
    reasonHint: 'Lagres i revisjonsloggen. Ikke skriv personopplysninger her, for eksempel «Ba om å bli glemt, sak 2026/114».',
    reasonRequired: 'Skriv begrunnelsen for å anonymisere denne personen.',
    confirm: 'Anonymiser',
    done: 'Personen er anonymisert.',
  },
};
