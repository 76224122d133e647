import type { DemoFrameworks } from './demo.results.types';

/** Results frameworks of the demo partnerships that work in English (illustrative figures). */
export const DEMO_FRAMEWORKS_EN: DemoFrameworks = {
  'gran-mukono': {
    level: 'impact',
    purpose: 'service-delivery',
    text: { en: 'Mukono Municipality funds more of its services from its own revenue' },
    why: { en: 'The council has committed to a revenue enhancement plan for 2023–2025.' },
    indicators: [{ name: { en: 'Share of the municipal budget financed by own revenue' }, percent: true, baseline: 14, source: { en: 'Final accounts 2022' }, targets: [16, 19], end: 22, actuals: [15.5, 18.2, 21.4] }],
    children: [
      {
        level: 'outcome',
        purpose: 'service-delivery',
        text: { en: 'Property rates are collected from every registered property in the central division' },
        why: { en: 'The revenue office has staff in every parish of the division.' },
        indicators: [
          { name: { en: 'Property rates collected' }, unit: { en: 'million UGX' }, baseline: 410, targets: [480, 560], end: 650, actuals: [470, 540, 612] },
          { name: { en: 'Properties in the valuation roll' }, unit: { en: 'properties' }, cumulative: true, baseline: 8200, targets: [9500, 11000], end: 12500, actuals: [9700, 11300, 12650] },
        ],
        children: [
          {
            level: 'output',
            purpose: 'service-delivery',
            text: { en: 'Digital valuation roll in use by the revenue office' },
            why: { en: 'Gran lends its valuation software licence and support.' },
            indicators: [{ name: { en: 'Revenue officers using the digital roll' }, unit: { en: 'officers' }, cumulative: true, baseline: 0, targets: [6, 12], end: 15, actuals: [6, 11, 15] }],
            children: [
              { level: 'activity', purpose: 'service-delivery', start: '2023-02-06', text: { en: 'Map and value properties in the central division' } },
              { level: 'activity', purpose: 'service-delivery', start: '2023-05-15', text: { en: 'Train revenue officers in the new billing system' } },
            ],
          },
        ],
      },
      {
        level: 'outcome',
        purpose: 'accountability',
        text: { en: 'Citizens can see how property rates are spent' },
        why: { en: 'The town clerk has agreed to present the figures every year.' },
        indicators: [
          {
            name: { en: 'Public reporting on the use of own revenue' },
            scale: [{ en: 'No reporting' }, { en: 'Annual figures on request' }, { en: 'Annual report published' }, { en: 'Report presented at public barazas' }],
            baseline: 1,
            targets: [2, 3],
            end: 4,
            actuals: [2, 3, 3],
            comments: [undefined, undefined, { en: 'The report was published, but the barazas were cancelled before the elections.' }],
          },
        ],
        children: [
          {
            level: 'output',
            purpose: 'accountability',
            text: { en: 'Yearly public barazas on the municipal budget' },
            why: { en: 'Division chairpersons have agreed to host the meetings.' },
            indicators: [{ name: { en: 'Barazas held' }, unit: { en: 'barazas' }, cumulative: true, baseline: 0, targets: [2, 4], end: 6, actuals: [2, 4, 6] }],
            children: [{ level: 'activity', purpose: 'accountability', start: '2023-09-04', text: { en: 'Hold budget barazas in the four divisions' } }],
          },
        ],
      },
      {
        level: 'outcome',
        owner: 'home',
        purpose: 'accountability',
        text: { en: "Gran staff gain international experience and bring new ideas to Gran's own budget dialogue with citizens" },
        why: { en: 'Gran has set aside time for staff to take part in the exchange.' },
        indicators: [{ name: { en: 'Gran staff who have worked in Mukono' }, unit: { en: 'staff' }, cumulative: true, baseline: 0, targets: [3, 6], end: 8, actuals: [3, 5, 8] }],
      },
    ],
  },

  'sund-konjic': {
    level: 'impact',
    purpose: 'environment',
    text: { en: "Konjic's spatial plans protect the Neretva river and its surroundings" },
    why: { en: 'The cantonal government supports stricter protection of the river.' },
    indicators: [{ name: { en: 'Building permits granted in the river protection zone' }, unit: { en: 'permits' }, descending: true, baseline: 23, baselineDate: '2016-11-10', targets: [18, 12], end: 8, actuals: [19, 14, 9] }],
    children: [
      {
        level: 'outcome',
        purpose: 'environment',
        text: { en: 'Environmental assessments are part of every new zoning plan in Konjic' },
        why: { en: 'The planning department has agreed on a new procedure.' },
        indicators: [{ name: { en: 'New zoning plans with an environmental assessment' }, percent: true, baseline: 20, baselineDate: '2016-11-10', targets: [50, 80], end: 100, actuals: [40, 75, 100] }],
        children: [
          {
            level: 'output',
            purpose: 'environment',
            text: { en: 'Planning department staff trained in environmental assessment' },
            why: { en: "Sund's planners teach the course in the municipality." },
            indicators: [{ name: { en: 'Planners trained' }, unit: { en: 'planners' }, cumulative: true, baseline: 0, baselineDate: '2016-11-10', targets: [4, 7], end: 8, actuals: [4, 8, 8] }],
            children: [{ level: 'activity', purpose: 'environment', start: '2017-03-13', text: { en: "Joint course on environmental assessment with Sund's planning office" } }],
          },
        ],
      },
      {
        level: 'outcome',
        owner: 'home',
        purpose: 'environment',
        text: { en: "Sund's planners learn from Konjic's experience with river protection" },
        why: { en: "Sund's coastal zone plan is being revised in the same period." },
        indicators: [
          {
            name: { en: "Use of the Konjic experience in Sund's coastal zone plan" },
            scale: [{ en: 'Not used' }, { en: 'Discussed' }, { en: 'Reflected in the plan' }],
            baseline: 1,
            baselineDate: '2016-11-10',
            targets: [1, 2],
            end: 3,
            actuals: [1, 2, 3],
          },
        ],
        children: [
          {
            level: 'output',
            owner: 'home',
            purpose: 'environment',
            text: { en: 'Study visits of Sund planners to Konjic' },
            why: { en: 'The visits are planned together with the annual meetings.' },
            indicators: [{ name: { en: 'Sund planners on study visits' }, unit: { en: 'planners' }, cumulative: true, baseline: 0, baselineDate: '2016-11-10', targets: [3, 5], end: 6, actuals: [3, 5, 6] }],
            children: [{ level: 'activity', owner: 'home', purpose: 'environment', start: '2017-06-05', text: { en: 'Study visit to Konjic and the Neretva valley' } }],
          },
        ],
      },
    ],
  },

  'kristiansand-mykolaiv': {
    level: 'impact',
    purpose: 'service-delivery',
    text: { en: 'People in Mykolaiv have reliable drinking water at home' },
    why: { en: 'The city has a reconstruction plan for the water network with national funding.' },
    indicators: [
      {
        name: { en: 'Households with water at least 20 hours a day' },
        percent: true,
        baseline: 38,
        targets: [45, 55],
        end: 70,
        actuals: [41, 47],
        comments: [{ en: 'Repairs were delayed by damage to the main pumping station.' }],
      },
    ],
    children: [
      {
        level: 'outcome',
        purpose: 'service-delivery',
        text: { en: 'The water utility finds and repairs leaks faster' },
        why: { en: 'The utility has repair crews on duty around the clock.' },
        indicators: [
          { name: { en: 'Average days to repair a reported leak' }, unit: { en: 'days' }, descending: true, baseline: 9, targets: [7, 5], end: 3, actuals: [7.5, 6] },
          // Measured only after the first activity had started: the framework flags it.
          { name: { en: 'Non-revenue water' }, percent: true, descending: true, baseline: 48, baselineDate: '2025-05-12', source: { en: 'Water balance of the utility' }, targets: [44, 40], end: 35, actuals: [44.5, 41] },
        ],
        children: [
          {
            level: 'output',
            purpose: 'service-delivery',
            text: { en: 'Leak detection team equipped and trained' },
            why: { en: "Kristiansand's water and sewage department provides the trainers." },
            indicators: [{ name: { en: 'Leak detection crews at work' }, unit: { en: 'crews' }, cumulative: true, baseline: 0, targets: [2, 3], end: 4, actuals: [2, 3] }],
            children: [
              { level: 'activity', purpose: 'service-delivery', start: '2025-03-03', text: { en: 'Deliver acoustic leak detection equipment' } },
              { level: 'activity', purpose: 'service-delivery', start: '2025-04-22', text: { en: "On-the-job training with Kristiansand's water and sewage department" } },
            ],
          },
        ],
      },
      {
        level: 'outcome',
        purpose: 'service-delivery',
        text: { en: 'Customers report water faults and follow them up online' },
        why: { en: 'Most households already use the city’s mobile services.' },
        indicators: [{ name: { en: 'Faults reported through the online service' }, percent: true, baseline: 5, targets: [20, 40], end: 60, actuals: [24, 37] }],
        children: [
          {
            level: 'output',
            purpose: 'service-delivery',
            text: { en: 'Online fault reporting service launched' },
            why: { en: 'Kristiansand shares its existing solution free of charge.' },
            indicators: [{ name: { en: 'Utility staff handling online reports' }, unit: { en: 'staff' }, cumulative: true, baseline: 0, targets: [6, 10], end: 12, actuals: [6, 9] }],
            children: [{ level: 'activity', purpose: 'service-delivery', start: '2025-06-02', text: { en: "Adapt Kristiansand's fault reporting solution for Mykolaiv" } }],
          },
        ],
      },
      {
        level: 'outcome',
        owner: 'home',
        purpose: 'service-delivery',
        text: { en: "Kristiansand's water contingency planning improves with lessons from Mykolaiv" },
        why: { en: 'The contingency plan is due for revision in 2026.' },
        indicators: [
          {
            name: { en: "Lessons from Mykolaiv in Kristiansand's water contingency plan" },
            scale: [{ en: 'Not considered' }, { en: 'Discussed in the department' }, { en: 'Included in the plan' }],
            baseline: 1,
            targets: [2, 2],
            end: 3,
            actuals: [2],
          },
        ],
      },
    ],
  },

  'havbakken-kisiwani': {
    level: 'impact',
    purpose: 'participation',
    text: { en: 'Residents of Kisiwani shape the plans of their wards' },
    why: { en: 'National policy requires ward development committees to consult residents.' },
    indicators: [{ name: { en: 'Residents who say the council listens to them' }, percent: true, baseline: 22, baselineDate: '2026-09-21', targets: [28, 35], end: 45 }],
    children: [
      {
        level: 'outcome',
        purpose: 'participation',
        text: { en: 'Every ward holds open planning meetings before the annual plan is adopted' },
        why: { en: 'The district planning calendar leaves two months for ward meetings.' },
        indicators: [{ name: { en: 'Wards holding open planning meetings' }, unit: { en: 'wards' }, baseline: 3, baselineDate: '2026-09-21', targets: [8, 12], end: 15 }],
        children: [
          {
            level: 'output',
            purpose: 'participation',
            text: { en: 'Ward executive officers trained in facilitating planning meetings' },
            why: { en: "Havbakken's planning unit runs the course with a local college." },
            indicators: [{ name: { en: 'Ward officers trained' }, unit: { en: 'officers' }, cumulative: true, baseline: 0, baselineDate: '2026-09-21', targets: [10, 15], end: 15 }],
            children: [{ level: 'activity', purpose: 'participation', start: '2027-02-15', text: { en: "Facilitation course for ward officers with Havbakken's planning unit" } }],
          },
        ],
      },
      {
        level: 'outcome',
        owner: 'home',
        purpose: 'participation',
        text: { en: "Havbakken learns new ways of involving young people from Kisiwani's youth councils" },
        why: { en: "Havbakken's youth council has asked to take part in the exchange." },
        indicators: [
          {
            name: { en: "Youth involvement in Havbakken's planning" },
            scale: [{ en: 'Consulted by letter only' }, { en: 'Attends planning meetings' }, { en: 'Co-designs plans' }],
            baseline: 1,
            baselineDate: '2026-09-21',
            targets: [1, 2],
            end: 3,
          },
        ],
      },
    ],
  },

  'lindasen-valeanoua': {
    level: 'impact',
    purpose: 'service-delivery',
    text: { en: 'Residents of Valea Nouă get municipal services without travelling to the town hall' },
    why: { en: 'Mobile internet covers every village of the municipality.' },
    indicators: [{ name: { en: 'Service requests submitted online' }, percent: true, baseline: 3, baselineDate: '2026-10-12', targets: [15, 30], end: 45 }],
    children: [
      {
        level: 'outcome',
        purpose: 'service-delivery',
        text: { en: 'The ten most used municipal services can be applied for online' },
        why: { en: 'The national e-government platform can be reused at no cost.' },
        indicators: [{ name: { en: 'Services available online' }, unit: { en: 'services' }, cumulative: true, baseline: 0, baselineDate: '2026-10-12', targets: [4, 8], end: 10 }],
        children: [
          {
            level: 'output',
            purpose: 'service-delivery',
            text: { en: "Online service portal set up and maintained by the municipality's own staff" },
            why: { en: 'Two IT staff are employed by the municipality.' },
            indicators: [{ name: { en: 'Staff able to maintain the portal' }, unit: { en: 'staff' }, cumulative: true, baseline: 0, baselineDate: '2026-10-12', targets: [2, 3], end: 4 }],
            children: [{ level: 'activity', purpose: 'service-delivery', start: '2027-03-01', text: { en: "Set up the portal with Lindåsen's digitalisation team" } }],
          },
        ],
      },
      {
        level: 'outcome',
        purpose: 'participation',
        text: { en: 'Residents give feedback on municipal services online' },
        why: { en: 'The mayor has promised to answer all feedback in public.' },
        indicators: [{ name: { en: 'Residents who gave feedback in the last year' }, percent: true, baseline: 2, baselineDate: '2026-10-12', targets: [6, 10], end: 15 }],
      },
      {
        level: 'outcome',
        owner: 'home',
        purpose: 'service-delivery',
        text: { en: "Lindåsen's staff strengthen their skills in user-centred service design" },
        why: { en: "Lindåsen's digitalisation strategy asks for user-centred design." },
        indicators: [
          {
            name: { en: "Use of user-centred design in Lindåsen's own projects" },
            scale: [{ en: 'Not used' }, { en: 'Used in one project' }, { en: 'Used in all new digital services' }],
            baseline: 1,
            baselineDate: '2026-10-12',
            targets: [2, 2],
            end: 3,
          },
        ],
      },
    ],
  },

  'bergtun-zelengrad': {
    level: 'impact',
    purpose: 'environment',
    text: { en: 'Zelengrad is better prepared for floods and heatwaves' },
    why: { en: 'The national climate adaptation strategy gives municipalities the lead.' },
    indicators: [{ name: { en: 'Households in areas at high flood risk' }, unit: { en: 'households' }, descending: true, baseline: 1450, baselineDate: '2026-08-30', targets: [1400, 1300], end: 1150 }],
    children: [
      {
        level: 'outcome',
        purpose: 'environment',
        text: { en: "Climate risks are part of Zelengrad's land-use plan" },
        why: { en: 'The land-use plan is due for revision in 2028.' },
        indicators: [
          {
            name: { en: 'Climate adaptation in the land-use plan' },
            scale: [{ en: 'Not addressed' }, { en: 'Risk maps prepared' }, { en: 'Risk zones in the draft plan' }, { en: 'Plan adopted with adaptation rules' }],
            baseline: 1,
            baselineDate: '2026-08-30',
            targets: [2, 3],
            end: 4,
          },
        ],
        children: [
          {
            level: 'output',
            purpose: 'environment',
            text: { en: 'Flood and heat risk maps for the whole municipality' },
            why: { en: 'The national mapping agency provides elevation data.' },
            // No baseline yet: the draft shows the warning, and no value of it could be approved.
            indicators: [{ name: { en: 'Risk maps completed' }, unit: { en: 'maps' }, cumulative: true, baseline: null, targets: [2, 4], end: 4 }],
            children: [{ level: 'activity', purpose: 'environment', start: '2027-04-05', text: { en: "Joint mapping workshops with Bergtun's planning and environment office" } }],
          },
        ],
      },
      {
        level: 'outcome',
        owner: 'home',
        purpose: 'environment',
        text: { en: "Bergtun's planners learn from Zelengrad's experience with river floods" },
        why: { en: 'Bergtun faces the same river flood risks in its own planning.' },
        indicators: [{ name: { en: 'Bergtun planners taking part in joint workshops' }, unit: { en: 'planners' }, cumulative: true, baseline: 0, baselineDate: '2026-08-30', targets: [3, 5], end: 6 }],
      },
    ],
  },
};
