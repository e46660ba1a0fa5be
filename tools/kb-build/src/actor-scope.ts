/**
 * Which actors a Middle East / North Africa / Central Asia / Russia / US /
 * Europe desk needs: persons and bodies of these countries (CAMEO / ISO
 * alpha-3 codes) are kept from the dictionaries; China's government is kept
 * separately (P5), as are international organisations.
 */
export const REGION_ISO3 = new Set([
  // Middle East and North Africa
  'DZA', 'BHR', 'EGY', 'IRN', 'IRQ', 'ISR', 'JOR', 'KWT', 'LBN', 'LBY', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU', 'SDN', 'SSD', 'SYR',
  'TUN', 'TUR', 'ARE', 'YEM', 'MRT', 'DJI', 'SOM', 'COM', 'ESH',
  // Central and South-West Asia, Caucasus
  'AFG', 'PAK', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AZE', 'ARM', 'GEO',
  // Russia and its neighbours at war or in alliance
  'RUS', 'UKR', 'BLR',
  // United States, United Kingdom, European Union
  'USA', 'GBR', 'FRA', 'DEU', 'ITA', 'ESP', 'NLD', 'BEL', 'LUX', 'AUT', 'SWE', 'FIN', 'DNK', 'IRL', 'PRT', 'GRC', 'CYP', 'MLT',
  'POL', 'CZE', 'SVK', 'HUN', 'ROU', 'ROM', 'BGR', 'HRV', 'SVN', 'EST', 'LVA', 'LTU',
]);

/** English surnames that are also everyday words: not used as short names. */
export const ENGLISH_STOP_SURNAMES = new Set(
  ('rice bush brown white black green young king hill gates may price church long mark rose wood cook baker smith carter ' +
    'bell ward hunt lane fox reed gold major little love moon park rich sharp short sweet hope grant bond shah ali said').split(' '),
);
