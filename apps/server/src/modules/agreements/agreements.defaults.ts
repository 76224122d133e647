import type { AgreementLanguage, AgreementTemplateSectionDto } from '@mic/domain';

/**
 * The default partnership agreement templates, loaded into a programme that has none ("General
 * Principles for Collaboration", "Implementation", "Code of Ethics"). The programme office edits them
 * as programme configuration; {{placeholders}} are filled from the partnership.
 */
export interface DefaultTemplate {
  title: string;
  sections: AgreementTemplateSectionDto[];
}

export const DEFAULT_AGREEMENT_TEMPLATES: Record<AgreementLanguage, DefaultTemplate> = {
  en: {
    title: 'Partnership agreement: {{title}}',
    sections: [
      {
        heading: '1. Parties',
        body: 'This agreement is made between {{homeMunicipality}} (Norway), {{partnerMunicipality}} ({{partnerCountry}}) and KS, the Norwegian Association of Local and Regional Authorities, which manages the Municipal International Cooperation programme.',
      },
      { heading: '2. Purposes', body: 'The partnership works on the following purposes of the programme:\n{{purposes}}' },
      { heading: '3. Objectives', body: 'The objectives are those of the results framework agreed by both municipalities:\n{{objectives}}' },
      { heading: '4. Period and budget', body: 'The partnership runs {{period}}. KS grants the following amounts:\n{{budget}}' },
      {
        heading: '5. Reporting',
        body: 'The municipalities report jointly to KS each year on progress against the results framework, with accounts. The report for the first year is due {{reportingDeadline}}; later reports follow the programme cycle.',
      },
      {
        heading: '6. Annual meeting',
        body: 'The partners meet at least once a year to review progress, approve the work plan and budget for the next year and agree any amendments. Minutes are shared with KS.',
      },
      {
        heading: '7. Code of Ethics',
        body: 'Both municipalities have adopted the programme\'s Code of Ethics and apply zero tolerance of corruption. Suspected irregularities are reported to KS without delay.',
      },
      { heading: '8. Signatures', body: 'For {{homeMunicipality}}:\n\nFor {{partnerMunicipality}}:\n\nFor KS:' },
    ],
  },
  nb: {
    title: 'Samarbeidsavtale: {{title}}',
    sections: [
      {
        heading: '1. Parter',
        body: 'Denne avtalen er inngått mellom {{homeMunicipality}} (Norge), {{partnerMunicipality}} ({{partnerCountry}}) og KS, Kommunesektorens organisasjon, som forvalter programmet Kommunalt internasjonalt samarbeid.',
      },
      { heading: '2. Formål', body: 'Partnerskapet arbeider med disse av programmets formål:\n{{purposes}}' },
      { heading: '3. Mål', body: 'Målene er de som står i resultatrammeverket begge kommunene har blitt enige om:\n{{objectives}}' },
      { heading: '4. Periode og budsjett', body: 'Partnerskapet varer {{period}}. KS bevilger disse beløpene:\n{{budget}}' },
      {
        heading: '5. Rapportering',
        body: 'Kommunene rapporterer felles til KS hvert år om framdriften målt mot resultatrammeverket, med regnskap. Rapporten for det første året skal leveres innen {{reportingDeadline}}; senere rapporter følger programmets årshjul.',
      },
      {
        heading: '6. Årsmøte',
        body: 'Partnerne møtes minst én gang i året for å gjennomgå framdriften, godkjenne arbeidsplan og budsjett for neste år og bli enige om eventuelle endringer. Referatet deles med KS.',
      },
      {
        heading: '7. Etiske retningslinjer',
        body: 'Begge kommunene har vedtatt programmets etiske retningslinjer og har nulltoleranse for korrupsjon. Mistanke om uregelmessigheter meldes straks til KS.',
      },
      { heading: '8. Underskrifter', body: 'For {{homeMunicipality}}:\n\nFor {{partnerMunicipality}}:\n\nFor KS:' },
    ],
  },
  es: {
    title: 'Acuerdo de asociación: {{title}}',
    sections: [
      {
        heading: '1. Partes',
        body: 'Este acuerdo se celebra entre {{homeMunicipality}} (Noruega), {{partnerMunicipality}} ({{partnerCountry}}) y KS, la Asociación Noruega de Autoridades Locales y Regionales, que administra el programa de Cooperación Municipal Internacional.',
      },
      { heading: '2. Propósitos', body: 'La asociación trabaja en los siguientes propósitos del programa:\n{{purposes}}' },
      { heading: '3. Objetivos', body: 'Los objetivos son los del marco de resultados acordado por ambas municipalidades:\n{{objectives}}' },
      { heading: '4. Período y presupuesto', body: 'La asociación abarca {{period}}. KS concede los siguientes montos:\n{{budget}}' },
      {
        heading: '5. Informes',
        body: 'Las municipalidades presentan cada año a KS un informe conjunto sobre el avance según el marco de resultados, con las cuentas. El informe del primer año se entrega a más tardar el {{reportingDeadline}}; los siguientes siguen el ciclo del programa.',
      },
      {
        heading: '6. Reunión anual',
        body: 'Las partes se reúnen al menos una vez al año para revisar el avance, aprobar el plan de trabajo y el presupuesto del año siguiente y acordar las modificaciones necesarias. El acta se comparte con KS.',
      },
      {
        heading: '7. Código de Ética',
        body: 'Ambas municipalidades han adoptado el Código de Ética del programa y aplican tolerancia cero frente a la corrupción. Toda sospecha de irregularidad se comunica a KS sin demora.',
      },
      { heading: '8. Firmas', body: 'Por {{homeMunicipality}}:\n\nPor {{partnerMunicipality}}:\n\nPor KS:' },
    ],
  },
};
