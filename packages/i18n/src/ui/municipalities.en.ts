/**
 * Interface texts of the municipality register, English: the reference. Merged into ui.en.ts under
 * `municipalities`; municipalities.nb.ts and municipalities.es.ts must have every key (the types check).
 */
export const municipalitiesEn = {
  heading: 'Municipalities',
  intro: 'The register of Norwegian home municipalities and partner municipalities that partnerships are made from.',
  add: 'Add municipality',
  tableCaption: 'Municipalities in the register',
  showing: 'Showing {{from}}–{{to}} of {{total}}',
  empty: 'There are no municipalities in the register yet.',
  emptyFiltered: 'No municipalities match the search and filters.',
  pagination: 'Pages of municipalities',
  name: 'Name',
  country: 'Country',
  orgNumber: 'Organisation number',
  kind: 'Type',
  region: 'Programme region',
  actions: 'Actions',
  edit: 'Edit',
  editNamed: 'Edit {{name}}',
  noOrgNumber: 'None',
  regionNotApplicable: 'Not applicable',
  regionNotEligible: 'Not in a programme region',
  kinds: {
    home: 'Norwegian',
    partner: 'Partner',
  },
  created: '{{name}} has been added to the register.',
  updated: 'Your changes to {{name}} have been saved.',
  filters: {
    label: 'Search and filter municipalities',
    search: 'Search municipalities',
    searchHint: 'Name or part of the name',
    searchButton: 'Search',
    all: 'All',
    country: 'Country',
    kind: 'Type',
    clear: 'Clear search and filters',
  },
  countryGroups: {
    region: 'Programme region: {{region}}',
    other: 'Other countries',
  },
  form: {
    createHeading: 'Add municipality',
    editHeading: 'Edit municipality',
    editTitle: 'Edit {{name}}',
    backToList: 'Back to municipalities',
    name: 'Name',
    nameHint: 'The official name, as the municipality writes it.',
    country: 'Country',
    countryHint: 'Any country can be registered, but a partnership needs a partner municipality in a country of the programme.',
    orgNumber: 'Organisation number (optional)',
    orgNumberHintNorway: 'Nine digits from the Brønnøysund Register Centre, for example 958 935 420.',
    orgNumberHintOther: 'The municipality’s registration number in its own country, if it has one.',
    create: 'Add municipality',
    save: 'Save changes',
    nameRequired: 'Enter the name of the municipality.',
    countryRequired: 'Choose a country.',
    tooLong: 'Use at most {{max}} characters.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type MunicipalitiesCatalogue = Widen<typeof municipalitiesEn>;
