/**
 * Countries the corpus speaks of, by ISO 3166-1 alpha-2 code. A schema field that
 * holds a country accepts only these codes; add a line here to admit another.
 */
export const COUNTRIES = {
  KZ: 'Kazakhstan',
  AZ: 'Azerbaijan',
  RU: 'Russia',
  GE: 'Georgia',
  TR: 'Türkiye',
  UZ: 'Uzbekistan',
  TM: 'Turkmenistan',
  KG: 'Kyrgyzstan',
  TJ: 'Tajikistan',
  CN: 'China',
  IR: 'Iran',
  AM: 'Armenia',
  UA: 'Ukraine',
  AF: 'Afghanistan',
  US: 'United States',
  EU: 'European Union',
  RO: 'Romania',
  BG: 'Bulgaria',
  HU: 'Hungary',
  IT: 'Italy',
  DE: 'Germany',
  FR: 'France',
  GB: 'United Kingdom',
} as const;

export type CountryCode = keyof typeof COUNTRIES;
export const COUNTRY_CODES = Object.keys(COUNTRIES) as [CountryCode, ...CountryCode[]];
export const countryName = (code: CountryCode): string => COUNTRIES[code];
