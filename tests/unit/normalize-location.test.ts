// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { locationMatches, parseLocation } from '@/lib/normalize/location';

describe('parseLocation', () => {
  it.each([
    ['Boston, Massachusetts', 'Boston', 'Massachusetts', 'US'],
    ['Boston, MA', 'Boston', 'Massachusetts', 'US'],
    ['Austin, Texas, United States', 'Austin', 'Texas', 'US'],
    ['San Francisco Bay Area', 'San Francisco', 'California', 'US'],
    ['Greater London', 'London', 'England', 'GB'],
    ['London, England, United Kingdom', 'London', 'England', 'GB'],
    ['Berlin, Germany', 'Berlin', 'Berlin', 'DE'],
    ['München, Bayern, Deutschland', 'Munich', 'Bavaria', 'DE'],
    ['Paris, Île-de-France, France', 'Paris', 'Île-de-France', 'FR'],
    ['Amsterdam Area', 'Amsterdam', 'North Holland', 'NL'],
    ['New York, NY 10001, US', 'New York', 'New York', 'US'],
    ['New York City Metropolitan Area', 'New York', 'New York', 'US'],
    ['Greater Seattle Area', 'Seattle', 'Washington', 'US'],
    ['Dallas-Fort Worth Metroplex', 'Dallas', 'Texas', 'US'],
    ['Frankfurt Rhine-Main Metropolitan Area', 'Frankfurt', 'Hesse', 'DE'],
    ['Zürich, Switzerland', 'Zurich', 'Zurich', 'CH'],
    ['Springfield, IL', 'Springfield', 'Illinois', 'US'],
    ['Cambridge, MA', 'Cambridge', 'Massachusetts', 'US'],
    ['Atlanta, Georgia', 'Atlanta', 'Georgia', 'US'],
    ['Toronto, CA', 'Toronto', 'Ontario', 'CA'],
    ['Berlin, DE', 'Berlin', 'Berlin', 'DE'],
    ['Sydney, NSW', 'Sydney', 'New South Wales', 'AU'],
    ['London, Ontario, Canada', 'London', 'Ontario', 'CA'],
    ['10115 Berlin', 'Berlin', 'Berlin', 'DE'],
  ])('%s', (text, city, region, country) => {
    expect(parseLocation(text)).toEqual({ city, region, country });
  });
  it('reads bare countries, regions and local names', () => {
    expect(parseLocation('Germany')).toEqual({ city: null, region: null, country: 'DE' });
    expect(parseLocation('Deutschland')).toEqual({ city: null, region: null, country: 'DE' });
    expect(parseLocation('Österreich')).toEqual({ city: null, region: null, country: 'AT' });
    expect(parseLocation('Tbilisi, Georgia')).toEqual({ city: 'Tbilisi', region: null, country: 'GE' });
    expect(parseLocation('California')).toEqual({ city: null, region: 'California', country: 'US' });
    expect(parseLocation('Bavaria')).toEqual({ city: null, region: 'Bavaria', country: 'DE' });
    expect(parseLocation('Tokyo, Japan')).toEqual({ city: 'Tokyo', region: null, country: 'JP' });
    expect(parseLocation('Remote, US')).toEqual({ city: null, region: null, country: 'US' });
  });
  it('returns null when there is nothing to interpret', () => {
    expect(parseLocation('Remote')).toBeNull();
    expect(parseLocation('Worldwide')).toBeNull();
    expect(parseLocation('EMEA')).toBeNull();
    expect(parseLocation('')).toBeNull();
    expect(parseLocation('Springfield')).toBeNull();
    expect(parseLocation('asdkjh qwe')).toBeNull();
    expect(parseLocation(null as unknown as string)).toBeNull();
  });
});

describe('locationMatches', () => {
  it('matches region groups with a readable reason', () => {
    expect(locationMatches('North America', 'Boston, MA')).toEqual({
      matched: true,
      via: '"Boston, MA" is in the US, part of North America',
    });
    expect(locationMatches('NA', 'Toronto, Ontario, Canada')?.matched).toBe(true);
    expect(locationMatches('DACH', 'München, Bayern, Deutschland')?.matched).toBe(true);
    expect(locationMatches('DACH', 'Zürich, Switzerland')?.matched).toBe(true);
    expect(locationMatches('DACH', 'Vienna, Austria')?.matched).toBe(true);
    expect(locationMatches('Nordics', 'Reykjavík, Iceland')?.matched).toBe(true);
    expect(locationMatches('Nordics', 'Oslo, Norway')?.matched).toBe(true);
    expect(locationMatches('Benelux', 'Brussels')?.matched).toBe(true);
    expect(locationMatches('EMEA', 'Dubai, United Arab Emirates')?.matched).toBe(true);
    expect(locationMatches('Europe', 'London, UK')?.matched).toBe(true);
    expect(locationMatches('UK&I', 'Dublin, Ireland')?.matched).toBe(true);
    expect(locationMatches('LATAM', 'São Paulo, Brazil')?.matched).toBe(true);
    expect(locationMatches('APAC', 'Bengaluru, Karnataka, India')?.matched).toBe(true);
    expect(locationMatches('ANZ', 'Auckland, New Zealand')?.matched).toBe(true);
  });
  it('explains group misses', () => {
    expect(locationMatches('DACH', 'Boston, MA')).toEqual({ matched: false, via: '"Boston, MA" is in the US, not in DACH' });
    expect(locationMatches('EU', 'London, UK')).toEqual({ matched: false, via: '"London, UK" is in the UK, not in the EU' });
    expect(locationMatches('North America', 'Mexico City, Mexico')?.matched).toBe(false);
    expect(locationMatches('APAC', 'Berlin')?.matched).toBe(false);
  });
  it('matches countries', () => {
    expect(locationMatches('US', 'Boston, MA')).toEqual({ matched: true, via: '"Boston, MA" is in the US' });
    expect(locationMatches('USA', 'San Francisco Bay Area')?.matched).toBe(true);
    expect(locationMatches('United States', 'New York, NY 10001, US')?.matched).toBe(true);
    expect(locationMatches('Germany', 'Berlin')?.matched).toBe(true);
    expect(locationMatches('Germany', 'Vienna, Austria')).toEqual({ matched: false, via: '"Vienna, Austria" is in Austria, not Germany' });
  });
  it('matches states and regions', () => {
    expect(locationMatches('Massachusetts', 'Boston, MA')).toEqual({ matched: true, via: '"Boston, MA" is in Massachusetts' });
    expect(locationMatches('California', 'Boston, MA')?.matched).toBe(false);
    expect(locationMatches('CA', 'San Diego, CA')?.matched).toBe(true);
    expect(locationMatches('Bavaria', 'Munich')?.matched).toBe(true);
    expect(locationMatches('Texas', 'Berlin, Germany')?.matched).toBe(false);
    expect(locationMatches('England', 'Greater London')?.matched).toBe(true);
  });
  it('matches cities, including metro areas', () => {
    expect(locationMatches('Boston', 'Greater Boston')?.matched).toBe(true);
    expect(locationMatches('Boston', 'Cambridge, MA')?.matched).toBe(false);
    expect(locationMatches('Munich', 'München, Bayern, Deutschland')?.matched).toBe(true);
    expect(locationMatches('San Francisco', 'San Francisco Bay Area')?.matched).toBe(true);
    expect(locationMatches('London', 'London, Ontario, Canada')?.matched).toBe(false);
  });
  it('returns null when the location cannot be interpreted', () => {
    expect(locationMatches('US', 'Remote')).toBeNull();
    expect(locationMatches('Texas', 'Springfield')).toBeNull();
    expect(locationMatches('DACH', '')).toBeNull();
    expect(locationMatches('Texas', 'Springfield, US')).toBeNull();
    expect(locationMatches(undefined as unknown as string, 'Boston, MA')).toBeNull();
  });
  it('compares names for unknown terms', () => {
    const r = locationMatches('Kendall Square', 'Kendall Square, Cambridge, MA');
    expect(r?.matched).toBe(true);
    expect(locationMatches('Atlantis', 'Boston, MA')?.matched).toBe(false);
  });
});

describe('US state codes vs Canadian provinces, with and without ZIP / postal codes', () => {
  const US = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY'];
  const CANADA = ['ON', 'QC', 'BC', 'AB', 'MB', 'SK', 'NS', 'NB', 'NL', 'PE', 'NT', 'YT', 'NU'];
  // "Riverton" is in no city table, so only the code and the postal code can place it.
  it.each(US)('%s is a US state in every address form', (code) => {
    for (const text of [`Riverton, ${code}`, `Riverton, ${code} 94105`, `Riverton, ${code} 94105-1813`, `${code} 94105-1813`, `100 Main St, Riverton, ${code} 94105-1813`, `100 Main St, Riverton, ${code}`, `Riverton ${code} 94105`]) {
      const parsed = parseLocation(text);
      expect(parsed?.country, text).toBe('US');
      expect(locationMatches('United States', text)?.matched, text).toBe(true);
      expect(locationMatches('Canada', text)?.via, text).not.toMatch(/is in Canada/);
    }
  });
  it.each(CANADA)('%s is a Canadian province in every address form', (code) => {
    for (const text of [`Riverton, ${code}`, `Riverton, ${code} K1A 0B1`, `Riverton, ${code} K1A`, `${code} K1A 0B1`, `100 Main St, Riverton, ${code} K1A 0B1`, `Riverton, ${code}, Canada`]) {
      const parsed = parseLocation(text);
      expect(parsed?.country, text).toBe('CA');
      expect(locationMatches('Canada', text)?.matched, text).toBe(true);
    }
  });
  it('a ZIP+4 address is explained as in the US, never in Canada', () => {
    expect(locationMatches('NA', 'CA 94105-1813')?.via).toBe('"CA 94105-1813" is in the US, part of North America');
    expect(parseLocation('100 Main St, San Francisco, CA 94105-1813')).toEqual({ city: 'San Francisco', region: 'California', country: 'US' });
    expect(parseLocation('100 Main St, Fresno, CA 94105-1813')).toEqual({ city: 'Fresno', region: 'California', country: 'US' });
    expect(locationMatches('Canada', '100 Main St, Fresno, CA 94105')).toEqual({ matched: false, via: '"100 Main St, Fresno, CA 94105" is in the US, not Canada' });
  });
  it('a Canadian postal code after "CA" means Canada; a known city keeps its country', () => {
    expect(parseLocation('Somewhere, CA M5V 2T6')?.country).toBe('CA');
    expect(parseLocation('Berlin, DE 10115')).toEqual({ city: 'Berlin', region: 'Berlin', country: 'DE' });
    expect(parseLocation('Munich, Bavaria, DE')).toEqual({ city: 'Munich', region: 'Bavaria', country: 'DE' });
    expect(parseLocation('Lima, PE')?.country).toBe('PE');
    expect(parseLocation('Perth, WA 6000')?.country).toBe('AU');
  });
});
