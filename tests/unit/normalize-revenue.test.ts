// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatMoney, parseRevenue } from '@/lib/normalize/revenue';

describe('parseRevenue', () => {
  it.each([
    ['$10M-$50M', 10e6, 50e6, 'USD'],
    ['$10M - $50M', 10e6, 50e6, 'USD'],
    ['$10–50M', 10e6, 50e6, 'USD'],
    ['US$ 36.5M', 36.5e6, 36.5e6, 'USD'],
    ['USD 2.5 billion', 2.5e9, 2.5e9, 'USD'],
    ['$100 million to $500 million', 100e6, 500e6, 'USD'],
    ['$500,000', 500e3, 500e3, 'USD'],
    ['Revenue (2023): $36.5M', 36.5e6, 36.5e6, 'USD'],
    ['$1.5B - $2B', 1.5e9, 2e9, 'USD'],
  ])('%s', (text, min, max, currency) => {
    expect(parseRevenue(text)).toEqual({ min, max, currency });
  });
  it('converts other currencies to USD and keeps the ISO code', () => {
    expect(parseRevenue('€1.2bn')).toEqual({ min: 1_296_000_000, max: 1_296_000_000, currency: 'EUR' });
    expect(parseRevenue('£500K')).toEqual({ min: 635_000, max: 635_000, currency: 'GBP' });
    expect(parseRevenue('CHF 5 Mio.')).toEqual({ min: 5_600_000, max: 5_600_000, currency: 'CHF' });
    expect(parseRevenue('A$20M')?.currency).toBe('AUD');
    expect(parseRevenue('¥3 billion')?.currency).toBe('JPY');
  });
  it('reads German number formats', () => {
    expect(parseRevenue('10-50 Mio. €')).toEqual({ min: 10_800_000, max: 54_000_000, currency: 'EUR' });
    expect(parseRevenue('1,2 Mrd. €')).toEqual({ min: 1_296_000_000, max: 1_296_000_000, currency: 'EUR' });
    expect(parseRevenue('36,5 Mio. EUR')).toEqual({ min: 39_420_000, max: 39_420_000, currency: 'EUR' });
    expect(parseRevenue('1.500 Mio. €')).toEqual({ min: 1_620_000_000, max: 1_620_000_000, currency: 'EUR' });
  });
  it('keeps open ends', () => {
    expect(parseRevenue('$1B+')).toEqual({ min: 1e9, max: null, currency: 'USD' });
    expect(parseRevenue('over $1B')).toEqual({ min: 1e9, max: null, currency: 'USD' });
    expect(parseRevenue('Less than $1M')).toEqual({ min: 0, max: 1e6, currency: 'USD' });
    expect(parseRevenue('under €5M')).toEqual({ min: 0, max: 5_400_000, currency: 'EUR' });
  });
  it('returns null for garbage and for numbers that are not money', () => {
    expect(parseRevenue('')).toBeNull();
    expect(parseRevenue('garbage')).toBeNull();
    expect(parseRevenue('2-10')).toBeNull();
    expect(parseRevenue('20% growth')).toBeNull();
    expect(parseRevenue('Founded 2012')).toBeNull();
    expect(parseRevenue(undefined as unknown as string)).toBeNull();
  });
});

describe('formatMoney', () => {
  it('abbreviates', () => {
    expect(formatMoney(36.5e6)).toBe('$36.5M');
    expect(formatMoney(1.2e9)).toBe('$1.2B');
    expect(formatMoney(500e3)).toBe('$500K');
    expect(formatMoney(1.25e6)).toBe('$1.25M');
    expect(formatMoney(950)).toBe('$950');
    expect(formatMoney(999_999)).toBe('$1M');
    expect(formatMoney(Number.NaN)).toBe('');
  });
});
