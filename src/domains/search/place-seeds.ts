/**
 * The gazetteer's first places: the cities the demo, the taxonomy's examples and the relevance set
 * name, and the big cities members live in, each with the names the hub's six languages (and the
 * city's own) give it. A name that is also a common word or another place is left out (Rome's "Roma",
 * a people; Prague's "Praga", a district of Warsaw), so that texts naming those are not read as the city:
 * the place pickers still find them by the first letters ("Rom", "Prag"). Editors add and correct places on
 * /admin/places (the table search_places, migration 0021, is seeded from this list once).
 * Written for Carehub (AGPL-3.0-or-later).
 */
export type TPlaceSeed = {
  id: string;
  country: string;
  names: readonly string[];
  /** The city centre, WGS 84 degrees to two decimals (about a kilometre): enough for a map pin. */
  latitude: number;
  longitude: number;
};

export const placeSeeds: readonly TPlaceSeed[] = [
  {
    id: 'krakow',
    country: 'PL',
    names: ['Kraków', 'Krakow', 'Cracow', 'Cracovia', 'Cracovie', 'Krakau', 'Краков', 'كراكوف'],
    latitude: 50.06,
    longitude: 19.94,
  },
  {
    id: 'warsaw',
    country: 'PL',
    names: ['Warszawa', 'Warsaw', 'Varsovia', 'Varsovie', 'Warschau', 'Варшава', 'وارسو'],
    latitude: 52.23,
    longitude: 21.01,
  },
  {
    id: 'gdansk',
    country: 'PL',
    names: ['Gdańsk', 'Gdansk', 'Danzig', 'Гданьск', 'غدانسك'],
    latitude: 54.35,
    longitude: 18.65,
  },
  {
    id: 'bogota',
    country: 'CO',
    names: ['Bogotá', 'Bogota', 'Santafé de Bogotá', 'Богота', 'بوغوتا'],
    latitude: 4.71,
    longitude: -74.07,
  },
  {
    id: 'muscat',
    country: 'OM',
    names: ['Muscat', 'Mascate', 'Maskat', 'Masqat', 'Маскат', 'مسقط'],
    latitude: 23.59,
    longitude: 58.41,
  },
  {
    id: 'nairobi',
    country: 'KE',
    names: ['Nairobi', 'Найроби', 'نيروبي'],
    latitude: -1.29,
    longitude: 36.82,
  },
  {
    id: 'madrid',
    country: 'ES',
    names: ['Madrid', 'Madryt', 'Мадрид', 'مدريد'],
    latitude: 40.42,
    longitude: -3.7,
  },
  {
    id: 'tangier',
    country: 'MA',
    names: ['Tangier', 'Tanger', 'Tánger', 'Tangeri', 'Танжер', 'طنجة'],
    latitude: 35.77,
    longitude: -5.8,
  },
  {
    id: 'beirut',
    country: 'LB',
    names: ['Beirut', 'Beyrouth', 'Bejrut', 'Бейрут', 'بيروت'],
    latitude: 33.89,
    longitude: 35.5,
  },
  {
    id: 'montreal',
    country: 'CA',
    names: ['Montreal', 'Montréal', 'Monreal', 'Монреаль', 'مونتريال'],
    latitude: 45.5,
    longitude: -73.57,
  },
  {
    id: 'moscow',
    country: 'RU',
    names: ['Moscow', 'Moskwa', 'Moscú', 'Moscou', 'Москва', 'موسكو'],
    latitude: 55.76,
    longitude: 37.62,
  },
  {
    id: 'kazan',
    country: 'RU',
    names: ['Kazan', 'Kazań', 'Kazán', 'Казань', 'قازان'],
    latitude: 55.8,
    longitude: 49.11,
  },
  {
    id: 'lviv',
    country: 'UA',
    names: ['Lviv', 'Lwów', 'Lvov', 'Leópolis', 'Lemberg', 'Львов', 'Львів', 'لفيف'],
    latitude: 49.84,
    longitude: 24.03,
  },
  {
    id: 'cairo',
    country: 'EG',
    names: ['Cairo', 'El Cairo', 'Le Caire', 'Kair', 'Каир', 'القاهرة'],
    latitude: 30.04,
    longitude: 31.24,
  },
  {
    id: 'amman',
    country: 'JO',
    names: ['Amman', 'Ammán', 'Амман', 'عمّان'],
    latitude: 31.95,
    longitude: 35.93,
  },
  {
    id: 'tunis',
    country: 'TN',
    names: ['Tunis', 'Túnez', 'Тунис', 'تونس العاصمة'],
    latitude: 36.81,
    longitude: 10.18,
  },
  { id: 'dakar', country: 'SN', names: ['Dakar', 'Дакар', 'داكار'], latitude: 14.72, longitude: -17.47 },
  {
    id: 'montevideo',
    country: 'UY',
    names: ['Montevideo', 'Монтевидео', 'مونتيفيديو'],
    latitude: -34.9,
    longitude: -56.16,
  },
  {
    id: 'mexico_city',
    country: 'MX',
    names: ['Mexico City', 'Ciudad de México', 'Ciudad de Mexico', 'Мехико', 'مدينة مكسيكو'],
    latitude: 19.43,
    longitude: -99.13,
  },
  { id: 'lima', country: 'PE', names: ['Lima', 'Лима', 'ليما'], latitude: -12.05, longitude: -77.04 },
  {
    id: 'tokyo',
    country: 'JP',
    names: ['Tokyo', 'Tokio', 'Tōkyō', 'Токио', 'طوكيو'],
    latitude: 35.68,
    longitude: 139.69,
  },
  { id: 'leeds', country: 'GB', names: ['Leeds', 'Лидс', 'ليدز'], latitude: 53.8, longitude: -1.55 },
  {
    id: 'nice',
    country: 'FR',
    names: ['Nice', 'Niza', 'Nicea', 'Ницца', 'نيس'],
    latitude: 43.7,
    longitude: 7.27,
  },
  // Issue 16: the big cities a care alliance's members live in — the capitals of the demo's countries,
  // and the cities whose country keeps several time zones (so a form proposes the city's own zone).
  {
    id: 'new_york',
    country: 'US',
    names: ['New York', 'Nueva York', 'Nowy Jork', 'Нью-Йорк', 'نيويورك'],
    latitude: 40.71,
    longitude: -74.01,
  },
  {
    id: 'los_angeles',
    country: 'US',
    names: ['Los Angeles', 'Los Ángeles', 'Лос-Анджелес', 'لوس أنجلوس'],
    latitude: 34.05,
    longitude: -118.24,
  },
  {
    id: 'washington',
    country: 'US',
    names: ['Washington', 'Washington D.C.', 'Waszyngton', 'Вашингтон', 'واشنطن'],
    latitude: 38.91,
    longitude: -77.04,
  },
  {
    id: 'paris',
    country: 'FR',
    names: ['Paris', 'París', 'Paryż', 'Париж', 'باريس'],
    latitude: 48.86,
    longitude: 2.35,
  },
  {
    id: 'barcelona',
    country: 'ES',
    names: ['Barcelona', 'Barcelone', 'Барселона', 'برشلونة'],
    latitude: 41.39,
    longitude: 2.17,
  },
  {
    id: 'brussels',
    country: 'BE',
    names: ['Brussels', 'Bruxelles', 'Brussel', 'Bruselas', 'Bruksela', 'Брюссель', 'بروكسل'],
    latitude: 50.85,
    longitude: 4.35,
  },
  {
    id: 'geneva',
    country: 'CH',
    names: ['Geneva', 'Genève', 'Ginebra', 'Genewa', 'Genf', 'Женева', 'جنيف'],
    latitude: 46.2,
    longitude: 6.14,
  },
  {
    id: 'berlin',
    country: 'DE',
    names: ['Berlin', 'Berlín', 'Берлин', 'برلين'],
    latitude: 52.52,
    longitude: 13.4,
  },
  {
    id: 'amsterdam',
    country: 'NL',
    names: ['Amsterdam', 'Ámsterdam', 'Амстердам', 'أمستردام'],
    latitude: 52.37,
    longitude: 4.9,
  },
  {
    id: 'london',
    country: 'GB',
    names: ['London', 'Londres', 'Londyn', 'Лондон', 'لندن'],
    latitude: 51.51,
    longitude: -0.13,
  },
  { id: 'rome', country: 'IT', names: ['Rome', 'Rzym', 'Рим', 'روما'], latitude: 41.9, longitude: 12.5 },
  {
    id: 'prague',
    country: 'CZ',
    names: ['Prague', 'Praha', 'Прага', 'براغ'],
    latitude: 50.08,
    longitude: 14.44,
  },
  {
    id: 'astana',
    country: 'KZ',
    names: ['Astana', 'Astaná', 'Астана', 'أستانا'],
    latitude: 51.17,
    longitude: 71.45,
  },
  {
    id: 'almaty',
    country: 'KZ',
    names: ['Almaty', 'Ałmaty', 'Алматы', 'ألماتي'],
    latitude: 43.24,
    longitude: 76.89,
  },
  {
    id: 'sao_paulo',
    country: 'BR',
    names: ['São Paulo', 'Sao Paulo', 'San Pablo', 'Сан-Паулу', 'ساو باولو'],
    latitude: -23.55,
    longitude: -46.63,
  },
  {
    id: 'manila',
    country: 'PH',
    names: ['Manila', 'Manille', 'Манила', 'مانيلا'],
    latitude: 14.6,
    longitude: 120.98,
  },
  {
    id: 'jakarta',
    country: 'ID',
    names: ['Jakarta', 'Yakarta', 'Djakarta', 'Dżakarta', 'Джакарта', 'جاكرتا'],
    latitude: -6.2,
    longitude: 106.85,
  },
  {
    id: 'delhi',
    country: 'IN',
    names: ['New Delhi', 'Delhi', 'Nueva Delhi', 'Nowe Delhi', 'Нью-Дели', 'Дели', 'نيودلهي', 'دلهي'],
    latitude: 28.61,
    longitude: 77.21,
  },
  {
    id: 'vladivostok',
    country: 'RU',
    names: ['Vladivostok', 'Władywostok', 'Владивосток', 'فلاديفوستوك'],
    latitude: 43.12,
    longitude: 131.89,
  },
  {
    id: 'novosibirsk',
    country: 'RU',
    names: ['Novosibirsk', 'Nowosybirsk', 'Новосибирск', 'نوفوسيبيرسك'],
    latitude: 55.03,
    longitude: 82.92,
  },
];
