// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareRange, formatRange, parseEmployeeRange, parseEmployeesOnLinkedin } from '@/lib/normalize/employees';

describe('parseEmployeeRange', () => {
  it.each([
    ['51-200 employees', 51, 200],
    ['51–200', 51, 200],
    ['51 — 200', 51, 200],
    ['1,001-5,000', 1001, 5000],
    ['1,001-5,000 employees', 1001, 5000],
    ['5.001-10.000 Mitarbeiter', 5001, 10000],
    ['2-10', 2, 10],
    ['0-1 employees', 0, 1],
    ['Company size: 201-500 employees', 201, 500],
    ['11K', 11000, 11000],
    ['1.5k employees', 1500, 1500],
    ['1,5k Mitarbeiter', 1500, 1500],
    ['Self-employed', 1, 1],
    ['self employed', 1, 1],
    ['about 250', 250, 250],
    ['~250', 250, 250],
    ['1 employee', 1, 1],
    ['fewer than 50', 1, 49],
    ['<50', 1, 49],
    ['less than 10 employees', 1, 9],
    ['up to 50', 1, 50],
  ])('%s → %s–%s', (text, min, max) => {
    expect(parseEmployeeRange(text)).toEqual({ min, max });
  });
  it('keeps open upper ends', () => {
    expect(parseEmployeeRange('10,001+ employees')).toEqual({ min: 10001, max: null });
    expect(parseEmployeeRange('10.001+ Mitarbeiter')).toEqual({ min: 10001, max: null });
    expect(parseEmployeeRange('10\u202f001+ salariés')).toEqual({ min: 10001, max: null });
    expect(parseEmployeeRange('500+')).toEqual({ min: 500, max: null });
    expect(parseEmployeeRange('more than 1000')).toEqual({ min: 1001, max: null });
    expect(parseEmployeeRange('at least 200')).toEqual({ min: 200, max: null });
  });
  it('swaps reversed bands', () => {
    expect(parseEmployeeRange('200-51')).toEqual({ min: 51, max: 200 });
  });
  it('refuses LinkedIn member counts', () => {
    expect(parseEmployeeRange('38 employees on LinkedIn')).toBeNull();
    expect(parseEmployeeRange('1.234 Mitarbeiter auf LinkedIn')).toBeNull();
    expect(parseEmployeeRange('412 associated members')).toBeNull();
  });
  it('returns null for garbage without throwing', () => {
    expect(parseEmployeeRange('')).toBeNull();
    expect(parseEmployeeRange('garbage')).toBeNull();
    expect(parseEmployeeRange('Mitarbeiter')).toBeNull();
    expect(parseEmployeeRange(null as unknown as string)).toBeNull();
    expect(parseEmployeeRange({} as unknown as string)).toBeNull();
  });
});

describe('parseEmployeesOnLinkedin', () => {
  it('reads member counts', () => {
    expect(parseEmployeesOnLinkedin('38 employees on LinkedIn')).toBe(38);
    expect(parseEmployeesOnLinkedin('See all 1,234 employees on LinkedIn')).toBe(1234);
    expect(parseEmployeesOnLinkedin('1.234 Mitarbeiter auf LinkedIn')).toBe(1234);
    expect(parseEmployeesOnLinkedin('412 associated members')).toBe(412);
  });
  it('is null for bands and garbage', () => {
    expect(parseEmployeesOnLinkedin('51-200 employees')).toBeNull();
    expect(parseEmployeesOnLinkedin('employees on LinkedIn')).toBeNull();
    expect(parseEmployeesOnLinkedin('')).toBeNull();
    expect(parseEmployeesOnLinkedin(undefined as unknown as string)).toBeNull();
  });
});

describe('compareRange', () => {
  it('treats bounds as inclusive', () => {
    expect(compareRange({ min: 201, max: 500 }, { min: 100, max: 500 })).toBe('inside');
    expect(compareRange({ min: 100, max: 100 }, { min: 100, max: 500 })).toBe('inside');
    expect(compareRange({ min: 500, max: 500 }, { min: 100, max: 500 })).toBe('inside');
    expect(compareRange({ min: 501, max: 1000 }, { min: 100, max: 500 })).toBe('above');
    expect(compareRange({ min: 11, max: 99 }, { min: 100, max: 500 })).toBe('below');
  });
  it('reports bands that cross a bound', () => {
    expect(compareRange({ min: 51, max: 200 }, { min: 100, max: 500 })).toBe('straddles');
    expect(compareRange({ min: 201, max: 1000 }, { min: 100, max: 500 })).toBe('straddles');
    expect(compareRange({ min: 1, max: 10000 }, { min: 100, max: 500 })).toBe('straddles');
  });
  it('handles open ends on both sides', () => {
    expect(compareRange({ min: 10001, max: null }, { min: null, max: 5000 })).toBe('above');
    expect(compareRange({ min: 10001, max: null }, { min: 1000, max: null })).toBe('inside');
    expect(compareRange({ min: 500, max: null }, { min: 100, max: 1000 })).toBe('straddles');
    expect(compareRange({ min: 10, max: 50 }, { min: 100, max: null })).toBe('below');
    expect(compareRange({ min: 10, max: 50 }, { min: null, max: null })).toBe('inside');
    expect(compareRange({ min: null, max: null }, { min: 100, max: 500 })).toBe('straddles');
  });
});

describe('formatRange', () => {
  it('formats bands', () => {
    expect(formatRange({ min: 51, max: 200 })).toBe('51–200');
    expect(formatRange({ min: 1001, max: 5000 })).toBe('1,001–5,000');
    expect(formatRange({ min: 10001, max: null })).toBe('10,001+');
    expect(formatRange({ min: 500, max: 500 })).toBe('500');
    expect(formatRange({ min: null, max: 49 })).toBe('≤49');
    expect(formatRange({ min: null, max: null })).toBe('unknown');
  });
  it('round-trips parsed LinkedIn bands', () => {
    for (const band of ['2–10', '11–50', '51–200', '201–500', '501–1,000', '1,001–5,000', '5,001–10,000', '10,001+']) {
      const r = parseEmployeeRange(band);
      expect(r).not.toBeNull();
      expect(formatRange(r!)).toBe(band);
    }
  });
});
