/** Interface texts of the programme's reports page (/reports), English: the reference. Merged into ui.en.ts under `reportsOverview`. */
export const reportsOverviewEn = {
  nav: 'Reports',
  heading: 'Annual reports',
  intro: 'Which reports are due, overdue, submitted, returned and accepted, for every partnership followed in the year.',
  consolidatedLink: 'The consolidated programme report for {{year}}',
  statuses: {
    not_started: 'Not started',
    draft: 'Draft',
    submitted: 'Submitted',
    returned: 'Returned for changes',
    accepted: 'Accepted',
    overdue: 'Overdue',
    late: 'Submitted late',
  },
  resubmitted: 'Resubmitted',
  counts: {
    heading: 'Reports for {{year}} by status',
    caption: 'Reports for {{year}} by status (overdue and late also count in their status)',
    chartLabel: 'Bar chart of the reports for {{year}} by status; the table beside it has the same numbers.',
    count: 'Reports',
  },
  filters: {
    label: 'Filter the reports',
    search: 'Search',
    searchHint: 'Part of the partnership’s title.',
    searchButton: 'Search',
    year: 'Year reported on',
    status: 'Status',
    funding: 'Funding source',
    all: 'All',
    clear: 'Clear the filters',
  },
  fields: {
    partnership: 'Partnership',
    funding: 'Funding source',
    status: 'Status',
    deadline: 'Deadline',
    submitted: 'Submitted',
    timeliness: 'Overdue or late',
  },
  tableCaption: 'Annual reports',
  showing: 'Showing {{from}}–{{to}} of {{total}} reports',
  empty: 'No partnership reports on {{year}}.',
  emptyFiltered: 'No report matches the filters.',
  pagination: 'Pages of reports',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ReportsOverviewCatalogue = Widen<typeof reportsOverviewEn>;
