/*
 * Terms derived from the UNESCO Thesaurus (http://vocabularies.unesco.org/thesaurus), release of
 * 2024-10-08, © UNESCO, licensed under Creative Commons Attribution-ShareAlike 3.0 IGO
 * (CC BY-SA 3.0 IGO, https://creativecommons.org/licenses/by-sa/3.0/igo/).
 *
 * Changes made for Carehub: a selection of the preferred and alternative labels (en, es, fr, ru, ar)
 * of the concepts named below, with some dated or off-topic labels left out, the first letter put
 * in lower case, Russian stress marks removed, each mapped to the Carehub concept it adds search
 * terms to (one thesaurus concept may serve two Carehub concepts).
 *
 * THIS FILE IS LICENSED UNDER CC BY-SA 3.0 IGO, not under the project's AGPL: keep this notice,
 * credit UNESCO where these terms are shown, and share changes to this file under the same licence.
 * See src/taxonomy/NOTICE.md.
 */
import type { TLocale } from '../../i18n/locales.ts';

export const unescoThesaurus = {
  title: 'UNESCO Thesaurus',
  publisher: 'UNESCO',
  url: 'http://vocabularies.unesco.org/thesaurus',
  release: '2024-10-08',
  licence: 'CC BY-SA 3.0 IGO',
  licenceUrl: 'https://creativecommons.org/licenses/by-sa/3.0/igo/',
} as const;

export type TUnescoTerms = {
  conceptId: string;
  /** The UNESCO Thesaurus concept the terms come from. */
  unesco: string;
  terms: Readonly<Partial<Record<TLocale, readonly string[]>>>;
};

export const unescoTerms: readonly TUnescoTerms[] = [
  {
    conceptId: 'theme:early_childhood_care',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept5081',
    terms: {
      en: [
        'early childhood education',
        'early childhood care and education',
        'ECCE',
        'preschool education',
        'preprimary education',
      ],
      es: [
        'educación de la primera infancia',
        'educación preescolar',
        'educación preprimaria',
        'educación y cuidado infantil',
      ],
      fr: [
        'éducation de la prime enfance',
        'éducation préprimaire',
        'éducation préscolaire',
        'éducation et soins de la petite enfance',
      ],
      ru: [
        'раннее детское образование',
        'обучение детей младшего возраста и уход за ними',
        'дошкольное образование',
      ],
      ar: [
        'تعليم في مرحلة الطفولة المبكرة',
        'رعاية وتربية في مرحلة الطفولة المبكرة',
        'تعليم قبل الابتدائي',
        'تعليم ما قبل المدرسة',
      ],
    },
  },
  {
    conceptId: 'theme:early_childhood_care',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept17036',
    terms: {
      en: ['child care'],
      es: ['cuidado del niño', 'puericultura'],
      fr: ["soins de l'enfant", 'puériculture'],
      ru: ['забота о детях'],
      ar: ['رعاية الطفل', 'رعاية الاطفال', 'حضانة'],
    },
  },
  {
    conceptId: 'theme:early_childhood_care',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept5089',
    terms: {
      en: ['day nurseries', 'daycare', 'family daycare'],
      es: ['guardería infantil', 'guardería familial'],
      fr: ['crèche', 'garde de jour', 'garde en famille', 'garderie'],
      ru: ['присмотр за детьми'],
      ar: ['دور الحضانة النهارية', 'رعاية نهارية', 'رعاية نهارية اسرية', 'حضانات نهارية'],
    },
  },
  {
    conceptId: 'theme:early_childhood_care',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept8681',
    terms: {
      en: ['nursery schools', 'kindergarten', 'preprimary schools'],
      es: [
        'escuela de párvulos',
        'colegio de párvulos',
        'colegio de preescolar',
        'escuela preescolar',
        'escuela preprimaria',
        'parvulitos',
      ],
      fr: [
        'école maternelle',
        'école préprimaire',
        'école préscolaire',
        'établissement préprimaire',
        'établissement préscolaire',
        "jardin d'enfants",
      ],
      ru: ['детские сады'],
      ar: ['دور الحضانة', 'مدارس المرحلة قبل الابتدائي', 'رياض الاطفال', 'مدارس الحضانة'],
    },
  },
  {
    conceptId: 'theme:care_leave',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept3437',
    terms: {
      en: ['maternity leave'],
      es: ['permiso de maternidad'],
      fr: ['congé de maternité'],
      ru: ['отпуск по беременности и родам'],
      ar: ['اجازة ولادة', 'اجازة وضع', 'اجازة امومة'],
    },
  },
  {
    conceptId: 'theme:time_use_data',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept4390',
    terms: {
      en: ['time budgets'],
      es: ['distribución del tiempo', 'empleo del tiempo'],
      fr: ['budget-temps', 'budget temps'],
      ru: ['временные бюджеты'],
      ar: ['ميزانيات زمنية'],
    },
  },
  {
    conceptId: 'theme:care_infrastructure',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept2148',
    terms: {
      en: ['urban planning', 'town planning'],
      es: ['planificación urbana', 'acondicionamiento urbano', 'ordenamiento urbano'],
      fr: ['aménagement urbain', 'aménagement des villes', 'planification urbaine'],
      ru: ['городское планирование', 'планирование городов'],
      ar: ['تخطيط عمراني', 'تخطيط حضري', 'تخطيط المدن'],
    },
  },
  {
    conceptId: 'theme:community_care',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept1499',
    terms: {
      en: ['community centres'],
      es: ['centro comunitario'],
      fr: ['centre communautaire'],
      ru: ['общественные центры'],
      ar: ['مراكز مجتمعية', 'مراكز اجتماعية'],
    },
  },
  {
    conceptId: 'theme:carer_social_protection',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept5090',
    terms: {
      en: ['child allowances', 'family allowances'],
      es: ['ayudas familiares', 'prestaciones familiares'],
      fr: ['allocation familiale', 'prestation familiale'],
      ru: ['пособия на детей', 'семейные пособия'],
      ar: ['علاوات عائلية', 'تعويضات عائلية', 'اعانات رعاية الطفل'],
    },
  },
  {
    conceptId: 'theme:work_life_balance',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept8565',
    terms: {
      en: ['working time arrangement'],
      fr: ['aménagement du temps de travail'],
      ru: ['организация рабочего времени'],
      ar: ['ترتيبات وقت العمل'],
    },
  },
  {
    conceptId: 'theme:work_life_balance',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept9629',
    terms: {
      en: ['part time employment'],
      es: ['empleo a tiempo parcial', 'trabajo a media jornada', 'trabajo a medio tiempo'],
      fr: ['emploi à temps partiel', 'travail à temps partiel'],
      ru: ['неполная занятость'],
      ar: ['عمل لبعض الوقت', 'عمل بدوام جزئي'],
    },
  },
  {
    conceptId: 'theme:mens_share_of_care',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept8270',
    terms: {
      en: ['gender division of labour', 'sexual division of labour'],
      es: ['división sexual del trabajo', 'división sexual de tareas'],
      fr: [
        'division du travail basée sur le sexe',
        'division du travail selon le sexe',
        'division sexuelle du travail',
        'répartition du travail selon le sexe',
      ],
      ru: ['гендерное разделение труда', 'распределение труда по половому признаку'],
      ar: ['تقسيم جنساني للعمل', 'تقسيم العمل على اساس نوع الجنس', 'تقسيم العمل بين الجنسين'],
    },
  },
  {
    conceptId: 'theme:mens_share_of_care',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept11346',
    terms: {
      en: ['gender roles'],
      es: ['rol sexual'],
      fr: ['rôle sexuel'],
      ru: ['гендерные роли'],
      ar: ['ادوار الجنسين'],
    },
  },
  {
    conceptId: 'theme:social_care_services',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept414',
    terms: {
      en: ['social services', 'social assistance', 'social welfare institutions', 'welfare services'],
      es: [
        'servicio social',
        'organismo de ayuda social',
        'servicio de asistencia social',
        'servicio de ayuda social',
      ],
      fr: [
        'service social',
        "organisme d'aide sociale",
        "service d'aide sociale",
        "service d'assistance sociale",
      ],
      ru: [
        'социальные услуги',
        'социальная помощь',
        'учреждения социального обеспечения',
        'услуги социального обеспечения',
      ],
      ar: [
        'خدمات اجتماعية',
        'مؤسسات الرعاية الاجتماعية',
        'مساعدة اجتماعية',
        'خدمات الرعاية',
        'خدمات الرفاهية',
      ],
    },
  },
  {
    conceptId: 'theme:social_care_services',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept415',
    terms: {
      en: ['social welfare'],
      es: ['bienestar social'],
      fr: ['bien-être social'],
      ru: ['социальное обеспечение'],
      ar: ['رعاية اجتماعية'],
    },
  },
  {
    conceptId: 'theme:social_care_services',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept416',
    terms: {
      en: ['social work'],
      es: ['trabajo social'],
      fr: ['travail social'],
      ru: ['социальная работа'],
      ar: ['عمل اجتماعي'],
    },
  },
  {
    conceptId: 'theme:caregiver_health',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept11759',
    terms: {
      en: ['mental health'],
      es: ['salud mental'],
      fr: ['santé mentale'],
      ru: ['психическое здоровье'],
      ar: ['صحة عقلية'],
    },
  },
  {
    conceptId: 'theme:child_protection',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept3916',
    terms: {
      en: ['child welfare', 'child protection', 'child welfare services'],
      es: ['bienestar de la infancia', 'ayuda a la infancia', 'protección de la infancia'],
      fr: ["protection de l'enfance", "aide à l'enfance", 'défense des enfants'],
      ru: ['социальное обеспечение детей', 'защита детей', 'услуги социального обеспечения детей'],
      ar: ['حماية الطفل'],
    },
  },
  {
    conceptId: 'theme:child_protection',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept981',
    terms: {
      en: ['residential child care', 'orphanages'],
      es: ['orfanato', 'orfelinato'],
      fr: ["établissement d'aide à l'enfance", 'orphelinat'],
      ru: ['приюты'],
      ar: [
        'رعاية منزلية للاطفال',
        'رعاية الاطفال المؤسسية',
        'دور الايتام',
        'ملاجئ الايتام',
        'رعاية اطفال داخلية',
      ],
    },
  },
  {
    conceptId: 'theme:care_workforce',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept11779',
    terms: {
      en: ['nursing'],
      es: ['servicio de enfermería'],
      fr: ['soins infirmiers'],
      ru: ['уход за больными'],
      ar: ['علم التمريض', 'تمريض'],
    },
  },
  {
    conceptId: 'theme:domestic_work',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept8367',
    terms: {
      en: ['domestic workers', 'household workers', 'housekeepers'],
      es: ['trabajador doméstico', 'ayuda doméstica', 'ayuda familiar', 'empleado doméstico'],
      fr: [
        'employé de maison',
        'aide domestique',
        'aide familiale',
        'aide ménagère',
        'travailleur domestique',
      ],
      ru: ['домашние работники', 'работники домашнего хозяйства', 'помощники по хозяйству'],
      ar: ['عمال منزليون', 'عمال المنازل', 'مشتغلات بالخدمة المنزلية', 'مدبرات المنازل'],
    },
  },
  {
    conceptId: 'population:children',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept4285',
    terms: {
      en: ['children'],
      es: ['niño'],
      fr: ['enfant'],
      ru: ['дети'],
      ar: ['اطفال'],
    },
  },
  {
    conceptId: 'population:young_children',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept5091',
    terms: {
      en: ['early childhood', 'infancy', 'infants'],
      es: ['primera infancia', 'bebé'],
      fr: ['petite enfance', 'bébé', 'première enfance', 'prime enfance'],
      ru: ['раннее детство', 'младенчество', 'дети младшего возраста'],
      ar: ['طفولة مبكرة', 'سن الرضاع', 'رضع'],
    },
  },
  {
    conceptId: 'population:young_children',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept5083',
    terms: {
      en: ['preschool children', 'preschoolers'],
      es: ['niño en edad preescolar'],
      fr: ["enfant d'âge préscolaire"],
      ru: ['дети дошкольного возраста', 'дошкольники'],
      ar: ['اطفال دون سن المدرسة', 'اطفال مرحلة ما قبل التعليم المدرسي'],
    },
  },
  {
    conceptId: 'population:older_persons',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept1673',
    terms: {
      en: ['elderly'],
      es: ['anciano'],
      fr: ['personne âgée'],
      ru: ['пожилые люди'],
      ar: ['مسنون', 'كبار السن'],
    },
  },
  {
    conceptId: 'population:persons_with_disabilities',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept8094',
    terms: {
      en: ['persons with disabilities', 'disabled persons'],
      es: ['personas con discapacidad'],
      fr: ['personnes handicapées', 'handicapé'],
      ru: ['люди с инвалидностью', 'инвалиды'],
      ar: ['الأشخاص ذوو الإعاقة', 'معاقون'],
    },
  },
  {
    conceptId: 'population:persons_with_disabilities',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept8089',
    terms: {
      en: ['disabled children', 'children with disabilities'],
      es: ['niños con discapacidad'],
      fr: ['enfant handicapé'],
      ru: ['дети-инвалиды'],
      ar: ['اطفال معاقون'],
    },
  },
  {
    conceptId: 'population:mothers',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept11949',
    terms: {
      en: ['mothers'],
      es: ['madre'],
      fr: ['mère'],
      ru: ['матери'],
      ar: ['امهات'],
    },
  },
  {
    conceptId: 'population:mothers',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept13614',
    terms: {
      en: ['working mothers'],
      es: ['madre trabajadora'],
      fr: ['mère au travail', 'mère qui travaille', 'mère travailleuse'],
      ru: ['работающие матери'],
      ar: ['امهات عاملات'],
    },
  },
  {
    conceptId: 'population:fathers',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept10730',
    terms: {
      en: ['fathers'],
      es: ['padre'],
      fr: ['père'],
      ru: ['отцы'],
      ar: ['اباء'],
    },
  },
  {
    conceptId: 'population:women',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept10766',
    terms: {
      en: ['women', 'females'],
      es: ['mujer'],
      fr: ['femme'],
      ru: ['женщины', 'лица женского пола'],
      ar: ['نساء', 'اناث', 'مرأة'],
    },
  },
  {
    conceptId: 'population:women',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept10784',
    terms: {
      en: ['women workers', 'female manpower'],
      es: ['trabajadora', 'mano de obra femenina'],
      fr: ['femme travailleur', "main-d'oeuvre féminine"],
      ru: ['работницы', 'женская рабочая сила'],
      ar: ['عاملات', 'مرأة عاملة', 'قوى عاملة نسائية'],
    },
  },
  {
    conceptId: 'population:youth',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept1457',
    terms: {
      en: ['youth', 'adolescents', 'teenagers', 'young persons'],
      es: ['joven', 'adolescente', 'juventud'],
      fr: ['jeune', 'adolescent', 'jeunes gens'],
      ru: ['молодежь', 'подростки', 'тинейджеры', 'молодые люди'],
      ar: ['شباب', 'مراهقون'],
    },
  },
  {
    conceptId: 'population:migrants',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept426',
    terms: {
      en: ['migrants', 'emigrants'],
      es: ['migrante', 'emigrante'],
      fr: ['migrant', 'émigrant'],
      ru: ['мигранты', 'эмигранты'],
      ar: ['مهاجرون', 'نازحون'],
    },
  },
  {
    conceptId: 'population:migrants',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept13125',
    terms: {
      en: ['migrant workers', 'foreign workers'],
      es: ['trabajador migratorio', 'trabajador extranjero'],
      fr: ['travailleur migrant', 'travailleur étranger'],
      ru: ['рабочие-мигранты', 'иностранные рабочие'],
      ar: ['عمال مهاجرون', 'عمال اجانب'],
    },
  },
  {
    conceptId: 'population:migrants',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept11059',
    terms: {
      en: ['immigrants'],
      es: ['inmigrante'],
      fr: ['immigrant'],
      ru: ['иммигранты'],
      ar: ['مهاجرون', 'مهاجرون وافدون'],
    },
  },
  {
    conceptId: 'population:informal_workers',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept3592',
    terms: {
      en: ['informal sector', 'informal economy', 'unofficial economy'],
      es: ['sector informal', 'economía informal', 'economía paralela', 'economía subterránea'],
      fr: ['secteur informel', 'économie informelle', 'économie parallèle', 'économie souterraine'],
      ru: ['теневой сектор экономики', 'теневая экономика', 'неофициальная экономика'],
      ar: [
        'قطاع غير رسمي',
        'قطاع غير نظامي',
        'اقتصاد غير رسمي',
        'اقتصاد غير نظامي',
        'قطاع هامشي',
        'قطاع غير منظم',
      ],
    },
  },
  {
    conceptId: 'population:domestic_workers',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept8367',
    terms: {
      en: ['domestic workers', 'household workers', 'housekeepers'],
      es: ['trabajador doméstico', 'ayuda doméstica', 'ayuda familiar', 'empleado doméstico'],
      fr: [
        'employé de maison',
        'aide domestique',
        'aide familiale',
        'aide ménagère',
        'travailleur domestique',
      ],
      ru: ['домашние работники', 'работники домашнего хозяйства', 'помощники по хозяйству'],
      ar: ['عمال منزليون', 'عمال المنازل', 'مشتغلات بالخدمة المنزلية', 'مدبرات المنازل'],
    },
  },
  {
    conceptId: 'population:families',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept434',
    terms: {
      en: ['family', 'family life'],
      es: ['familia', 'vida familiar'],
      fr: ['famille', 'vie de famille'],
      ru: ['семья', 'семейная жизнь'],
      ar: ['عائلة', 'اسرة', 'حياة العائلة', 'حياة الاسرة', 'حياة اسرية', 'حياة عائلية'],
    },
  },
  {
    conceptId: 'population:families',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept10697',
    terms: {
      en: ['one parent families', 'single parent families'],
      es: ['familia monoparental', 'familia de padre único'],
      fr: ['famille à parent unique', 'famille monoparentale'],
      ru: ['неполные семьи', 'семьи с одним родителем'],
      ar: [
        'اسر وحيدة العائل',
        'اسر وحيدة الوالد',
        'اسر احادية الوالد',
        'اسر ذات عائل وحيد',
        'اسر وحيدة الابوين',
      ],
    },
  },
  {
    conceptId: 'population:families',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept10702',
    terms: {
      en: ['households'],
      es: ['unidad familiar'],
      fr: ['ménage'],
      ar: ['اسر معيشية', 'عوائل', 'عائلات'],
    },
  },
  {
    conceptId: 'population:unpaid_caregivers',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept2135',
    terms: {
      en: ['homemakers', 'housewives', 'househusbands'],
      es: ['ama de casa'],
      fr: [
        'femme au foyer',
        'maîtresse de maison',
        'ménagère',
        'père au foyer',
        'mère au foyer',
        'personne au foyer',
      ],
      ru: ['хозяйки дома', 'домашние хозяйки'],
      ar: ['ربات البيوت', 'مدبرات المنزل'],
    },
  },
  {
    conceptId: 'population:care_workers',
    unesco: 'http://vocabularies.unesco.org/thesaurus/concept14701',
    terms: {
      en: ['social workers'],
      es: ['trabajador social'],
      fr: ['travailleur social'],
      ru: ['социальные работники'],
      ar: ['اخصائيون اجتماعيون', 'عاملون اجتماعيون'],
    },
  },
];
