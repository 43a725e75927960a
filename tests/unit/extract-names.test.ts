import { describe, expect, it } from 'vitest';
import { companyNameProblem, personNameProblem } from '@/lib/extract/names';
import { cleanText } from '@/lib/extract/text-clean';

describe('a name must look like a name', () => {
  it.each([
    'An exact match for jane-doe-4b1a could not be found.',
    'Page not found',
    'Diese Seite existiert nicht',
    'Cette page n’existe pas',
    'Esta página no existe',
    'Sign in to view Dana’s full profile',
    'We could not find that page',
    'Head of Sales at Acme',
    'Jane Doe 2',
    'jane@doe.com',
    'https://x.com/jane',
    'One Two Three Four Five Six Seven',
    '{{firstName}}',
  ])('refuses %s as a person', (s) => expect(personNameProblem(s)).not.toBeNull());

  it.each(['Larry Page', 'Jane Doe, MBA, PMP', 'Julian (Beisenkötter) Amelung', 'zümra kinali', 'Fabian M.', 'José Ortega y Gasset', 'Ludwig van der Rohe', '王伟', 'محمد بن سلمان', 'Иван Петров', 'अनिल कुमार'])(
    'accepts %s as a person',
    (s) => expect(personNameProblem(s)).toBeNull(),
  );

  it.each(['Bank of America', 'We Are Social', '3M', '1Password', 'Booking.com', 'Procter & Gamble', 'Column N.A.', 'Error Labs'])('accepts %s as a company', (s) =>
    expect(companyNameProblem(s)).toBeNull(),
  );

  it.each(['Page not found', 'Sign in to view', 'The page you requested could not be found', 'https://acme.com/about', 'Is this the page you want?'])('refuses %s as a company', (s) =>
    expect(companyNameProblem(s)).not.toBeNull(),
  );
});

describe('text cleaning keeps letters of every script and drops decoration', () => {
  it.each([
    ['꩜Substrate', 'Substrate'],
    ['🚀 Acme Inc. ✨', 'Acme Inc.'],
    ['Acme\ue001 Labs', 'Acme Labs'],
    ['• Acme |', 'Acme'],
    ['\u0000Bad\u0007name\u202e', 'Bad name'],
    ['👨‍💻 Dev', 'Dev'],
    ['José Müller', 'José Müller'],
    ['क्षत्रिय', 'क्षत्रिय'],
    ['میخواهم', 'میخواهم'],
    ['北京字节跳动', '北京字节跳动'],
    ['ア・イ', 'ア・イ'],
  ])('%s → %s', (input, out) => expect(cleanText(input)).toBe(out));
});
