import { describe, expect, it } from 'vitest';
import { findUsAddresses } from '@/lib/extract/address';
import { foundedFromProse, headquartersFromProse } from '@/lib/extract/prose';

describe('address grammar', () => {
  it.each([
    ['0052 F 919-928-5516 108 Morris St, Durham, NC 27701-3312', '108 Morris St, Durham, NC 27701'],
    ['© 2025 San Francisco, CA 94114', 'San Francisco, CA 94114'],
    ['All Rights Reserved111 West Evelyn Ave. Suite 106 Sunnyvale, CA, 94086 - 408 827-5326', '111 West Evelyn Ave., Suite 106, Sunnyvale, CA 94086'],
    ['T: 415-555-0100 | 500 Howard Street San Francisco, CA 94105', '500 Howard Street, San Francisco, CA 94105'],
    ['Phone (312) 555-1212 211 W Wacker Dr, Suite 900D, Chicago, IL 60606', '211 W Wacker Dr, Suite 900D, Chicago, IL 60606'],
  ])('%s', (text, expected) => {
    expect(findUsAddresses(text)[0]?.text).toBe(expected);
  });

  it('a state and five digits in prose are not an address', () => {
    expect(findUsAddresses('We served 2000 customers in CA 94110 ways')).toEqual([]);
  });

  it('lists every office, so callers can tell a headquarters from a list', () => {
    expect(findUsAddresses('New York: 220 5th Ave, 8th Floor, New York, NY 10001 San Francisco: 1 Post Street, San Francisco, CA 94104').map((a) => a.text)).toEqual([
      '220 5th Ave, 8th Floor, New York, NY 10001',
      '1 Post Street, San Francisco, CA 94104',
    ]);
  });
});

describe('prose facts', () => {
  it.each([
    ['Acme is headquartered in Austin, Texas.', 'Austin, Texas'],
    ['We are based in Berlin and sell worldwide.', 'Berlin'],
    ['Die Acme GmbH mit Sitz in München entwickelt Software.', 'München'],
    ['Acme, basée à Lyon, édite des logiciels.', 'Lyon'],
    ['Acme, con sede en Madrid, desarrolla software.', 'Madrid'],
  ])('headquarters: %s', (text, place) => {
    expect(headquartersFromProse(text, ['Acme'])?.value).toBe(place);
  });

  it('a person based somewhere is not the company', () => {
    expect(headquartersFromProse('Based in Toronto, Nick holds a B.S. in Computer Science.', ['Acme'])).toBeNull();
  });

  it.each([
    ['Acme was founded in 2013 by two engineers.', 2013],
    ['We have been building tools since 2009.', 2009],
    ['Die Acme wurde 2011 gegründet.', 2011],
    ['Acme a été fondée en 2015.', 2015],
  ])('founded: %s', (text, year) => {
    expect(foundedFromProse(text, ['Acme'])?.value).toBe(year);
  });

  it('no year in the future, no year about someone else', () => {
    expect(foundedFromProse('Acme was founded in 2999.', ['Acme'], new Date('2025-01-01'))).toBeNull();
    expect(foundedFromProse('Jane started in 2010 as a nurse.', ['Acme'])).toBeNull();
  });
});
