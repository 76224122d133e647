import type { Catalogue } from './en';

/** Norsk bokmål. */
export const nb: Catalogue = {
  errors: {
    VALIDATION_FAILED: 'Noen felt mangler eller er ugyldige.',
    MALFORMED_JSON: 'Forespørselen er ikke gyldig JSON.',
    BODY_TOO_LARGE: 'Forespørselen er for stor.',
    NOT_FOUND: 'Fant ikke det du lette etter.',
    UNAUTHENTICATED: 'Du må logge inn.',
    FORBIDDEN: 'Du har ikke tilgang til å gjøre dette.',
    CSRF_TOKEN_INVALID: 'Sikkerhetsnøkkelen for økten mangler eller er utdatert. Last inn siden på nytt og prøv igjen.',
    RATE_LIMITED: 'For mange forsøk. Vent noen minutter og prøv igjen.',
    INVALID_CREDENTIALS: 'E-postadressen eller passordet er feil.',
    PASSWORD_TOO_WEAK: 'Passordet må ha minst {{min}} tegn og ikke bare ett gjentatt tegn.',
    PASSWORD_INCORRECT: 'Det nåværende passordet er feil.',
    EMAIL_TAKEN: 'Det finnes allerede en bruker med denne e-postadressen.',
    INVITATION_INVALID: 'Invitasjonslenken er ugyldig, utløpt eller allerede brukt.',
    CONFLICT: 'Noen andre har endret dette i mellomtiden. Last inn på nytt og prøv igjen.',
    PURPOSE_LIMIT_EXCEEDED: 'Et partnerskap kan ha høyst {{max}} av programmets formål.',
    PURPOSE_REQUIRED: 'Velg minst ett av programmets formål.',
    PURPOSE_UNKNOWN: 'Programformålet «{{purpose}}» finnes ikke.',
    PARTNER_COUNTRY_NOT_ELIGIBLE: 'Partnerkommunen må ligge i et land som programmet omfatter ({{country}} gjør ikke det).',
    PARTNER_MUNICIPALITY_NORWEGIAN: 'Partnerkommunen kan ikke være norsk.',
    HOME_MUNICIPALITY_NOT_NORWEGIAN: 'Hjemkommunen må være en norsk kommune.',
    MUNICIPALITY_NOT_FOUND: 'Velg en kommune fra registeret.',
    FUNDING_SOURCE_UNKNOWN: 'Velg en av programmets finansieringskilder.',
    PERIOD_INVALID: 'Prosjektet må slutte samme år som det starter eller senere, og vare høyst {{years}} år.',
    LANGUAGE_NOT_SUPPORTED: 'Arbeidsspråket «{{language}}» er ikke tillatt i programmet.',
    STATUS_TRANSITION_INVALID: 'Statusen kan ikke endres fra {{from}} til {{to}}.',
    UNSUPPORTED_MEDIA_TYPE: 'Send forespørselen som JSON (Content-Type: application/json).',
    INTERNAL_ERROR: 'Noe gikk galt hos oss. Prøv igjen senere.',
  },
};
