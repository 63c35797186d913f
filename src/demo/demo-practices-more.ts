import type { TPracticeInputRaw } from '../domains/practices/practices.schemas.ts';

/**
 * More demo practices, in Russian, French and English, so every interface language has something to
 * find in its own language and the cross-language search has pairs to show. Written for Carehub.
 */
export const demoPracticesMore: readonly (TPracticeInputRaw & { slug: string })[] = [
  {
    slug: 'shkola-rodstvennogo-ukhoda',
    kind: 'programme',
    language: 'ru',
    title: 'Школа родственного ухода',
    summary:
      'Бесплатные занятия для членов семьи, которые ухаживают дома за пожилым или тяжело больным ' +
      'родственником: как безопасно перемещать, кормить, предупреждать пролежни и беречь собственное здоровье.',
    body: [
      'Школы работают при центрах социального обслуживания в рамках системы долговременного ухода. Занятия ' +
        'ведут медицинские сёстры и социальные работники, группы небольшие, есть выезды на дом.',
      '',
      '## Что входит в курс',
      '',
      '- основы ухода за человеком с ограниченной подвижностью;',
      '- подбор и использование технических средств реабилитации;',
      '- где получить помощь: услуги сиделки, дневное пребывание, кратковременный отдых для родственника;',
      '- профилактика выгорания у ухаживающих.',
    ].join('\n'),
    beneficiaries: 'Родственники и близкие, которые ухаживают за пожилыми людьми и людьми с инвалидностью.',
    countries: ['RU'],
    scope: 'national',
    startDate: '2018',
    isOngoing: true,
    implementers: [{ role: 'lead', name: 'Центры социального обслуживания населения' }],
    populations: [
      'population:unpaid_caregivers',
      'population:older_persons',
      'population:persons_with_disabilities',
    ],
    eligibility: [{ type: 'caring_for', dependants: ['older', 'disabled'] }],
    themes: ['theme:long_term_care', 'theme:unpaid_carer_support'],
    fiveR: ['five_r:recognise', 'five_r:reduce'],
    sdgTargets: ['sdg_target:5_4'],
  },
  {
    slug: 'relais-petite-enfance',
    kind: 'service',
    language: 'fr',
    title: 'Relais petite enfance',
    summary:
      'Un lieu gratuit d’information pour les parents qui cherchent un mode de garde et d’accompagnement ' +
      'professionnel pour les assistantes maternelles qui accueillent les tout-petits chez elles.',
    body: [
      'Les relais petite enfance sont des services de proximité, souvent portés par une commune ou une ' +
        'intercommunalité avec le soutien des caisses d’allocations familiales.',
      '',
      '## Pour les familles',
      '',
      '- la liste des assistantes maternelles disponibles près de chez soi ;',
      '- de l’aide pour le contrat de travail et les démarches d’employeur.',
      '',
      '## Pour les professionnelles',
      '',
      '- des ateliers d’éveil où elles viennent avec les enfants qu’elles gardent ;',
      '- de la formation continue et un lieu pour rompre l’isolement du métier.',
    ].join('\n'),
    countries: ['FR'],
    scope: 'national',
    isOngoing: true,
    implementers: [{ role: 'funder', name: 'Caisses d’allocations familiales' }],
    populations: ['population:young_children', 'population:families', 'population:care_workers'],
    themes: ['theme:early_childhood_care', 'theme:care_workforce'],
    fiveR: ['five_r:reduce', 'five_r:reward'],
    sdgTargets: ['sdg_target:5_4', 'sdg_target:8_8'],
  },
  {
    slug: 'long-term-care-insurance-japan',
    kind: 'law',
    language: 'en',
    title: 'Long-term care insurance for older people in Japan',
    summary:
      'A compulsory social insurance, in force since 2000, that pays for home help, day services and ' +
      'residential care for older people according to an assessed level of need, easing the load on families.',
    body: [
      'Everyone aged 40 and over contributes. People aged 65 and over who need help with daily life are ' +
        'assessed and given a level of care; a care manager then draws up a plan with them and their family.',
      '',
      '## What it covers',
      '',
      '- visits by home helpers and nurses;',
      '- day centres and short stays that give family carers a break;',
      '- places in nursing homes for those with the highest needs.',
      '',
      'By turning care that daughters and daughters-in-law used to give unpaid into a public service, the ' +
        'scheme is often cited as a way to redistribute care from families to society.',
    ].join('\n'),
    countries: ['JP'],
    scope: 'national',
    startDate: '2000-04',
    isOngoing: true,
    implementers: [{ role: 'lead', name: 'Ministry of Health, Labour and Welfare' }],
    populations: ['population:older_persons', 'population:unpaid_caregivers'],
    eligibility: [
      {
        type: 'other',
        text: 'Aged 65 or over with an assessed need for care, or 40 to 64 with an age-related illness.',
      },
    ],
    themes: ['theme:long_term_care', 'theme:carer_social_protection'],
    fiveR: ['five_r:redistribute', 'five_r:reduce'],
    sdgTargets: ['sdg_target:1_3', 'sdg_target:5_4'],
  },
];
