/**
 * The gazetteer's first places: the cities the demo, the taxonomy's examples and the relevance set
 * name, each with the names other languages and scripts give it. Editors add and correct places on
 * /admin/places (the table search_places, migration 0021, is seeded from this list once).
 * Written for Carehub (AGPL-3.0-or-later).
 */
export type TPlaceSeed = { id: string; country: string; names: readonly string[] };

export const placeSeeds: readonly TPlaceSeed[] = [
  {
    id: 'krakow',
    country: 'PL',
    names: ['Kraków', 'Krakow', 'Cracow', 'Cracovia', 'Cracovie', 'Krakau', 'Краков', 'كراكوف'],
  },
  {
    id: 'warsaw',
    country: 'PL',
    names: ['Warszawa', 'Warsaw', 'Varsovia', 'Varsovie', 'Warschau', 'Варшава', 'وارسو'],
  },
  { id: 'gdansk', country: 'PL', names: ['Gdańsk', 'Gdansk', 'Danzig', 'Гданьск', 'غدانسك'] },
  { id: 'bogota', country: 'CO', names: ['Bogotá', 'Bogota', 'Santafé de Bogotá', 'Богота', 'بوغوتا'] },
  { id: 'muscat', country: 'OM', names: ['Muscat', 'Mascate', 'Maskat', 'Masqat', 'Маскат', 'مسقط'] },
  { id: 'nairobi', country: 'KE', names: ['Nairobi', 'Найроби', 'نيروبي'] },
  { id: 'madrid', country: 'ES', names: ['Madrid', 'Madryt', 'Мадрид', 'مدريد'] },
  { id: 'tangier', country: 'MA', names: ['Tangier', 'Tanger', 'Tánger', 'Tangeri', 'Танжер', 'طنجة'] },
  { id: 'beirut', country: 'LB', names: ['Beirut', 'Beyrouth', 'Bejrut', 'Бейрут', 'بيروت'] },
  { id: 'montreal', country: 'CA', names: ['Montreal', 'Montréal', 'Monreal', 'Монреаль', 'مونتريال'] },
  { id: 'moscow', country: 'RU', names: ['Moscow', 'Moskwa', 'Moscú', 'Moscou', 'Москва', 'موسكو'] },
  { id: 'kazan', country: 'RU', names: ['Kazan', 'Kazań', 'Kazán', 'Казань', 'قازان'] },
  {
    id: 'lviv',
    country: 'UA',
    names: ['Lviv', 'Lwów', 'Lvov', 'Leópolis', 'Lemberg', 'Львов', 'Львів', 'لفيف'],
  },
  { id: 'cairo', country: 'EG', names: ['Cairo', 'El Cairo', 'Le Caire', 'Kair', 'Каир', 'القاهرة'] },
  { id: 'amman', country: 'JO', names: ['Amman', 'Ammán', 'Амман', 'عمّان'] },
  { id: 'tunis', country: 'TN', names: ['Tunis', 'Túnez', 'Тунис', 'تونس العاصمة'] },
  { id: 'dakar', country: 'SN', names: ['Dakar', 'Дакар', 'داكار'] },
  { id: 'montevideo', country: 'UY', names: ['Montevideo', 'Монтевидео', 'مونتيفيديو'] },
  {
    id: 'mexico_city',
    country: 'MX',
    names: ['Mexico City', 'Ciudad de México', 'Ciudad de Mexico', 'Мехико', 'مدينة مكسيكو'],
  },
  { id: 'lima', country: 'PE', names: ['Lima', 'Лима', 'ليما'] },
  { id: 'tokyo', country: 'JP', names: ['Tokyo', 'Tokio', 'Tōkyō', 'Токио', 'طوكيو'] },
  { id: 'leeds', country: 'GB', names: ['Leeds', 'Лидс', 'ليدز'] },
  { id: 'nice', country: 'FR', names: ['Nice', 'Niza', 'Nicea', 'Ницца', 'نيس'] },
];
