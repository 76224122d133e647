import type { DemoFrameworks } from './demo.results.types';

/** Results frameworks of the demo partnerships that work in Spanish or Bosnian (illustrative figures). */
export const DEMO_FRAMEWORKS_ES_BS: DemoFrameworks = {
  'stord-comalapa': {
    level: 'impact',
    purpose: 'environment',
    text: {
      es: 'San Juan Comalapa es un municipio más limpio, con mujeres y hombres que participan en las decisiones locales',
      en: 'San Juan Comalapa is a cleaner municipality where women and men take part in local decisions',
    },
    why: { es: 'El concejo municipal aprobó la política de residuos y el plan de equidad de género en 2024.', en: 'The council adopted the waste policy and the gender equality plan in 2024.' },
    indicators: [
      {
        name: { es: 'Hogares satisfechos con el servicio de recolección', en: 'Households satisfied with waste collection' },
        percent: true,
        baseline: 31,
        source: { es: 'Encuesta municipal de hogares 2024', en: 'Municipal household survey 2024' },
        targets: [40, 50],
        end: 60,
        actuals: [43],
      },
    ],
    children: [
      {
        level: 'outcome',
        purpose: 'environment',
        text: { es: 'Los hogares del casco urbano separan sus residuos en origen', en: 'Households in the town centre sort their waste at source' },
        why: { es: 'La municipalidad ya cuenta con dos camiones y un centro de acopio.', en: 'The municipality already has two trucks and a collection centre.' },
        indicators: [
          { name: { es: 'Hogares que separan sus residuos', en: 'Households sorting their waste' }, percent: true, baseline: 12, targets: [25, 45], end: 60, actuals: [27, 38] },
          {
            name: { es: 'Basureros clandestinos activos', en: 'Active illegal dumps' },
            unit: { es: 'basureros', en: 'dumps' },
            descending: true,
            baseline: 34,
            source: { es: 'Inventario de la Oficina de Servicios Públicos', en: 'Public Services Office inventory' },
            targets: [28, 20],
            end: 12,
            actuals: [31],
            comments: [{ es: 'Aparecieron dos basureros nuevos junto a la carretera a Chimaltenango.', en: 'Two new dumps appeared along the road to Chimaltenango.' }],
          },
        ],
        children: [
          {
            level: 'output',
            purpose: 'environment',
            text: { es: 'Recolección diferenciada funcionando en seis zonas del casco urbano', en: 'Separate collection running in six zones of the town centre' },
            why: { es: 'Las rutas se diseñan con la Oficina de Servicios Públicos.', en: 'The routes are designed with the Public Services Office.' },
            indicators: [{ name: { es: 'Zonas con recolección diferenciada', en: 'Zones with separate collection' }, unit: { es: 'zonas', en: 'zones' }, cumulative: true, baseline: 0, targets: [2, 4], end: 6, actuals: [2, 4] }],
            children: [
              { level: 'activity', purpose: 'environment', start: '2025-02-03', text: { es: 'Diseñar las rutas de recolección con la Oficina de Servicios Públicos', en: 'Design the collection routes with the Public Services Office' } },
              { level: 'activity', purpose: 'environment', start: '2025-04-07', text: { es: 'Campaña casa por casa sobre la separación de residuos', en: 'Door-to-door campaign on sorting waste' } },
            ],
          },
        ],
      },
      {
        level: 'outcome',
        purpose: 'participation',
        text: { es: 'Más mujeres participan en los consejos comunitarios de desarrollo (COCODE)', en: 'More women take part in the community development councils (COCODE)' },
        why: { es: 'La Oficina Municipal de la Mujer acompaña a los COCODE desde 2023.', en: "The Municipal Women's Office has worked with the COCODEs since 2023." },
        indicators: [
          {
            name: { es: 'Mujeres entre los integrantes de los COCODE', en: 'Women among COCODE members' },
            percent: true,
            baseline: 18,
            targets: [22, 27],
            end: 33,
            actuals: [20, 23],
            comments: [{ es: 'Las elecciones de los COCODE se aplazaron a marzo.', en: 'The COCODE elections were postponed to March.' }],
          },
        ],
        children: [
          {
            level: 'output',
            purpose: 'participation',
            text: { es: 'Escuela de liderazgo para mujeres realizada con la Oficina Municipal de la Mujer', en: "Leadership school for women held with the Municipal Women's Office" },
            why: { es: 'Hay facilitadoras formadas y un presupuesto aprobado.', en: 'Trained facilitators and an approved budget are in place.' },
            indicators: [{ name: { es: 'Mujeres que completan la escuela de liderazgo', en: 'Women completing the leadership school' }, unit: { es: 'mujeres', en: 'women' }, cumulative: true, baseline: 0, targets: [40, 80], end: 120, actuals: [46, 85] }],
            children: [{ level: 'activity', purpose: 'participation', start: '2025-03-10', text: { es: 'Cuatro talleres de liderazgo al año en las aldeas', en: 'Four leadership workshops a year in the villages' } }],
          },
        ],
      },
      {
        level: 'outcome',
        owner: 'home',
        purpose: 'participation',
        text: { es: 'El personal de Stord aplica en su propia planificación métodos participativos aprendidos en Comalapa', en: 'Stord staff use participatory methods learned in Comalapa in their own planning' },
        why: { es: 'La dirección de Stord incluyó el intercambio en su plan de formación del personal.', en: "Stord's management included the exchange in its staff training plan." },
        indicators: [
          {
            name: { es: 'Uso de métodos participativos en la planificación de Stord', en: "Use of participatory methods in Stord's planning" },
            scale: [
              { es: 'No se usan', en: 'Not used' },
              { es: 'Probados en un proceso', en: 'Tried in one process' },
              { es: 'Usados en varios procesos', en: 'Used in several processes' },
              { es: 'Práctica habitual', en: 'Standard practice' },
            ],
            baseline: 1,
            targets: [2, 3],
            end: 4,
            actuals: [2],
            comments: [{ es: 'Se usó un mapa comunitario en la consulta del plan de zonas verdes de Stord.', en: "A community map was used in the consultation on Stord's green space plan." }],
          },
        ],
        children: [
          {
            level: 'output',
            owner: 'home',
            purpose: 'participation',
            text: { es: 'Intercambio de personal entre Stord y Comalapa', en: 'Staff exchange between Stord and Comalapa' },
            why: { es: 'Ambos municipios reservaron tiempo del personal para el intercambio.', en: 'Both municipalities set aside staff time for the exchange.' },
            indicators: [{ name: { es: 'Funcionarios que participan en el intercambio', en: 'Staff taking part in the exchange' }, unit: { es: 'funcionarios', en: 'staff' }, cumulative: true, baseline: 0, targets: [4, 8], end: 10, actuals: [4, 7] }],
            children: [{ level: 'activity', owner: 'home', purpose: 'participation', start: '2025-05-12', text: { es: 'Visita de trabajo del personal de Stord a Comalapa', en: 'Working visit of Stord staff to Comalapa' } }],
          },
        ],
      },
    ],
  },

  'stjordal-panajachel': {
    level: 'impact',
    purpose: 'environment',
    text: { es: 'El lago de Atitlán recibe menos residuos sólidos y aguas residuales de Panajachel', en: 'Lake Atitlán receives less solid waste and sewage from Panajachel' },
    why: { es: 'El plan municipal de saneamiento cuenta con apoyo del gobierno central.', en: 'The municipal sanitation plan has central government support.' },
    indicators: [
      {
        name: { es: 'Residuos recogidos cada mes en la playa pública', en: 'Waste collected each month on the public beach' },
        unit: { es: 'kg', en: 'kg' },
        descending: true,
        baseline: 850,
        source: { es: 'Registro de limpieza de playas', en: 'Beach cleaning log' },
        targets: [780, 650],
        end: 500,
        actuals: [790, 700, 610],
      },
    ],
    children: [
      {
        level: 'outcome',
        purpose: 'service-delivery',
        text: { es: 'Todos los barrios de Panajachel reciben recolección de residuos semanal', en: 'Every neighbourhood of Panajachel has weekly waste collection' },
        why: { es: 'El servicio de recolección tiene tarifas aprobadas que cubren la operación.', en: 'The collection service has approved fees that cover its running costs.' },
        indicators: [{ name: { es: 'Hogares con recolección semanal', en: 'Households with weekly collection' }, percent: true, baseline: 64, targets: [72, 82], end: 90, actuals: [73, 84, 88] }],
        children: [
          {
            level: 'output',
            purpose: 'service-delivery',
            text: { es: 'Nueva ruta de recolección para los barrios altos', en: 'New collection route for the upper neighbourhoods' },
            why: { es: 'El camión recolector está incluido en el presupuesto de 2024.', en: 'The collection truck is in the 2024 budget.' },
            indicators: [{ name: { es: 'Barrios cubiertos por la ruta nueva', en: 'Neighbourhoods covered by the new route' }, unit: { es: 'barrios', en: 'neighbourhoods' }, cumulative: true, baseline: 0, targets: [3, 6], end: 8, actuals: [3, 5, 7] }],
            children: [{ level: 'activity', purpose: 'service-delivery', start: '2024-02-19', text: { es: 'Compra y puesta en marcha de un camión recolector', en: 'Buying and starting up a collection truck' } }],
          },
        ],
      },
      {
        level: 'outcome',
        purpose: 'environment',
        text: { es: 'La planta de tratamiento de aguas residuales funciona todo el año', en: 'The wastewater treatment plant runs all year' },
        why: { es: 'Los repuestos principales se compran con fondos municipales propios.', en: 'The main spare parts are bought with the municipality’s own funds.' },
        indicators: [
          {
            name: { es: 'Días al año con la planta fuera de servicio', en: 'Days a year with the plant out of service' },
            unit: { es: 'días', en: 'days' },
            descending: true,
            baseline: 96,
            targets: [70, 45],
            end: 20,
            actuals: [88, 74, 52],
            comments: [{ es: 'La bomba principal estuvo averiada durante la temporada de lluvias.', en: 'The main pump was broken during the rainy season.' }],
          },
        ],
        children: [
          {
            level: 'output',
            purpose: 'environment',
            text: { es: 'Plan de mantenimiento preventivo de la planta aplicado por personal municipal', en: 'Preventive maintenance plan for the plant carried out by municipal staff' },
            why: { es: 'Dos operarios están contratados de forma permanente.', en: 'Two operators are permanently employed.' },
            indicators: [{ name: { es: 'Operarios capacitados en mantenimiento', en: 'Operators trained in maintenance' }, unit: { es: 'operarios', en: 'operators' }, cumulative: true, baseline: 0, targets: [2, 4], end: 4, actuals: [2, 4, 4] }],
            children: [{ level: 'activity', purpose: 'environment', start: '2024-03-04', text: { es: 'Capacitación de operarios con el equipo técnico de Stjørdal', en: "Training of operators with Stjørdal's technical team" } }],
          },
        ],
      },
      {
        level: 'outcome',
        owner: 'home',
        purpose: 'service-delivery',
        text: { es: 'Stjørdal mejora su propio servicio de atención al usuario con lo aprendido en Panajachel', en: 'Stjørdal improves its own customer service with what it learned in Panajachel' },
        why: { es: 'El servicio de atención de Stjørdal está en plena reorganización.', en: "Stjørdal's service desk is being reorganised." },
        indicators: [
          {
            name: { es: 'Cambios introducidos en la atención al usuario de Stjørdal', en: "Changes made to Stjørdal's customer service" },
            scale: [
              { es: 'Ninguno', en: 'None' },
              { es: 'Propuestos', en: 'Proposed' },
              { es: 'Introducidos', en: 'Introduced' },
            ],
            baseline: 1,
            targets: [1, 2],
            end: 3,
            actuals: [1, 2, 3],
          },
        ],
        children: [
          {
            level: 'output',
            owner: 'home',
            purpose: 'service-delivery',
            text: { es: 'Personal de Stjørdal comparte la experiencia en el municipio', en: 'Stjørdal staff share the experience in the municipality' },
            why: { es: 'El concejo pide un informe anual sobre la cooperación.', en: 'The council asks for a yearly report on the cooperation.' },
            indicators: [{ name: { es: 'Presentaciones en Stjørdal sobre la cooperación', en: 'Presentations in Stjørdal about the cooperation' }, unit: { es: 'presentaciones', en: 'presentations' }, cumulative: true, baseline: 0, targets: [2, 4], end: 6, actuals: [2, 5, 6] }],
            children: [{ level: 'activity', owner: 'home', purpose: 'service-delivery', start: '2024-10-15', text: { es: 'Presentación anual ante el concejo municipal de Stjørdal', en: "Yearly presentation to Stjørdal's municipal council" } }],
          },
        ],
      },
    ],
  },

  'nordvik-esperanza': {
    level: 'impact',
    purpose: 'accountability',
    text: { es: 'La población de Villa Esperanza conoce y vigila cómo se usa el presupuesto municipal', en: 'The people of Villa Esperanza know and follow how the municipal budget is used' },
    why: { es: 'La ley de acceso a la información pública obliga a publicar el presupuesto.', en: 'The access to public information law requires the budget to be published.' },
    indicators: [{ name: { es: 'Personas que dicen conocer el presupuesto municipal', en: 'People who say they know the municipal budget' }, percent: true, baseline: 9, baselineDate: '2026-10-05', targets: [12, 18], end: 25 }],
    children: [
      {
        level: 'outcome',
        purpose: 'accountability',
        text: { es: 'El presupuesto municipal se publica cada año en línea y en lenguaje sencillo', en: 'The municipal budget is published online in plain language every year' },
        why: { es: 'La oficina de finanzas ya publica el documento oficial.', en: 'The finance office already publishes the official document.' },
        indicators: [
          {
            name: { es: 'Calidad de la publicación del presupuesto', en: 'Quality of the budget publication' },
            scale: [
              { es: 'No se publica', en: 'Not published' },
              { es: 'Solo el documento oficial', en: 'Only the official document' },
              { es: 'Publicado en lenguaje sencillo', en: 'Published in plain language' },
              { es: 'Publicado con datos abiertos', en: 'Published with open data' },
            ],
            baseline: 2,
            baselineDate: '2026-10-05',
            targets: [3, 3],
            end: 4,
          },
        ],
        children: [
          {
            level: 'output',
            purpose: 'accountability',
            // A draft with a "double objective" (output and outcome in one statement): the SMART check flags it.
            text: { es: 'Capacitar al personal de finanzas para que el presupuesto se publique en línea cada trimestre', en: 'Train finance staff so that the budget is published online every quarter' },
            why: { es: 'Nordvik ofrece dos semanas de acompañamiento.', en: 'Nordvik offers two weeks of mentoring.' },
            indicators: [{ name: { es: 'Funcionarios de finanzas capacitados', en: 'Finance staff trained' }, unit: { es: 'funcionarios', en: 'staff' }, cumulative: true, baseline: 0, baselineDate: '2026-10-05', targets: [4, 6], end: 6 }],
            children: [{ level: 'activity', purpose: 'accountability', start: '2027-03-01', text: { es: 'Taller sobre presupuestos abiertos con la oficina de finanzas de Nordvik', en: "Workshop on open budgets with Nordvik's finance office" } }],
          },
        ],
      },
      {
        level: 'outcome',
        purpose: 'participation',
        text: { es: 'Vecinas y vecinos participan en audiencias públicas sobre el presupuesto', en: 'Residents take part in public hearings on the budget' },
        why: { es: 'Los consejos comunitarios ya convocan asambleas en cada aldea.', en: 'The community councils already call assemblies in every village.' },
        indicators: [{ name: { es: 'Personas que asisten a las audiencias públicas', en: 'People attending the public hearings' }, unit: { es: 'personas', en: 'people' }, baseline: 40, baselineDate: '2026-10-05', targets: [80, 120], end: 150 }],
      },
      {
        level: 'outcome',
        owner: 'home',
        purpose: 'participation',
        text: { es: 'Nordvik aprende de Villa Esperanza a organizar audiencias públicas abiertas', en: 'Nordvik learns from Villa Esperanza how to hold open public hearings' },
        why: { es: 'El concejo de Nordvik quiere probar audiencias abiertas en 2028.', en: "Nordvik's council wants to try open hearings in 2028." },
        indicators: [{ name: { es: 'Audiencias abiertas organizadas en Nordvik', en: 'Open hearings held in Nordvik' }, unit: { es: 'audiencias', en: 'hearings' }, cumulative: true, baseline: 0, baselineDate: '2026-10-05', targets: [1, 2], end: 3 }],
      },
    ],
  },

  'klepp-donjivakuf': {
    level: 'impact',
    purpose: 'accountability',
    text: { bs: 'Građani Donjeg Vakufa vjeruju općinskoj upravi i lako dobijaju njene usluge', en: 'The citizens of Donji Vakuf trust the municipal administration and get its services easily' },
    why: { bs: 'Općinsko vijeće je usvojilo strategiju razvoja uprave 2024–2027.', en: 'The council adopted an administration development strategy for 2024–2027.' },
    indicators: [
      {
        name: { bs: 'Građani zadovoljni radom općinske uprave', en: 'Citizens satisfied with the municipal administration' },
        percent: true,
        baseline: 41,
        source: { bs: 'Godišnja anketa građana', en: 'Yearly citizen survey' },
        targets: [45, 52],
        end: 60,
        actuals: [46, 50, 55],
      },
    ],
    children: [
      {
        level: 'outcome',
        purpose: 'service-delivery',
        text: { bs: 'Zahtjevi građana rješavaju se brže u centru za usluge građanima', en: "Citizens' applications are handled faster at the citizen service centre" },
        why: { bs: 'Centar za usluge građanima ima stalno zaposlene službenike.', en: 'The citizen service centre has permanent staff.' },
        indicators: [
          { name: { bs: 'Prosječan broj dana za izdavanje građevinske dozvole', en: 'Average days to issue a building permit' }, unit: { bs: 'dana', en: 'days' }, descending: true, baseline: 62, targets: [50, 40], end: 30, actuals: [52, 38, 33] },
        ],
        children: [
          {
            level: 'output',
            purpose: 'service-delivery',
            text: { bs: 'Elektronski sistem za praćenje predmeta uveden u svim službama', en: 'Electronic case tracking in all departments' },
            why: { bs: 'Općina ima budžet i uposlenike za ovaj rad.', en: 'The municipality has budget and staff for this work.' },
            indicators: [{ name: { bs: 'Službe koje koriste elektronski sistem', en: 'Departments using the electronic system' }, unit: { bs: 'službi', en: 'departments' }, cumulative: true, baseline: 1, targets: [3, 5], end: 7, actuals: [3, 5, 6] }],
            children: [{ level: 'activity', purpose: 'service-delivery', start: '2024-02-12', text: { bs: 'Uvođenje sistema za praćenje predmeta uz podršku općine Klepp', en: 'Introduce the case tracking system with support from Klepp' } }],
          },
        ],
      },
      {
        level: 'outcome',
        purpose: 'accountability',
        text: { bs: 'Odluke općinskog vijeća i budžet dostupni su građanima na internetu', en: 'Council decisions and the budget are available to citizens online' },
        why: { bs: 'Statut općine propisuje objavljivanje odluka.', en: 'The municipal statute requires decisions to be published.' },
        indicators: [
          {
            name: { bs: 'Odluke vijeća objavljene u roku od sedam dana', en: 'Council decisions published within seven days' },
            percent: true,
            baseline: 30,
            targets: [60, 85],
            end: 100,
            actuals: [55, 70],
            statuses: ['approved', 'returned'],
            returnComment: { bs: 'Navedite izvor podataka za 2025. godinu.', en: 'Please give the data source for 2025.' },
          },
        ],
        children: [
          {
            level: 'output',
            purpose: 'accountability',
            text: { bs: 'Nova općinska web stranica s javnim registrom odluka', en: 'New municipal website with a public register of decisions' },
            why: { bs: 'Općina Klepp dijeli svoje iskustvo s javnim registrom.', en: 'Klepp shares its experience with a public register.' },
            indicators: [{ name: { bs: 'Odluke objavljene u javnom registru', en: 'Decisions published in the public register' }, unit: { bs: 'odluka', en: 'decisions' }, cumulative: true, baseline: 0, targets: [40, 90], end: 140, actuals: [38, 95, 128] }],
            children: [{ level: 'activity', purpose: 'accountability', start: '2024-04-08', text: { bs: 'Izrada web stranice i obuka uposlenika za objavljivanje', en: 'Build the website and train staff to publish' } }],
          },
        ],
      },
      {
        level: 'outcome',
        owner: 'home',
        purpose: 'accountability',
        text: { bs: 'Uposlenici općine Klepp stiču međunarodno iskustvo i nova znanja o radu s građanima', en: 'Klepp staff gain international experience and new knowledge of working with citizens' },
        why: { bs: 'Općina Klepp je saradnju uključila u plan razvoja kompetencija.', en: 'Klepp included the cooperation in its competence development plan.' },
        indicators: [
          {
            name: { bs: 'Motivacija uposlenika Kleppa uključenih u saradnju', en: 'Motivation of Klepp staff in the cooperation' },
            scale: [
              { bs: 'Niska', en: 'Low' },
              { bs: 'Srednja', en: 'Medium' },
              { bs: 'Visoka', en: 'High' },
            ],
            baseline: 2,
            source: { bs: 'Anketa uposlenika općine Klepp', en: 'Klepp staff survey' },
            targets: [2, 3],
            end: 3,
            actuals: [3, 3],
          },
        ],
      },
    ],
  },
};
