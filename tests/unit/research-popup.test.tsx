// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Research } from '@/components/popup/Research';
import type { AccountRecord } from '@/lib/accounts/types';
import type { ResearchProgress } from '@/lib/background/research';
import type { Request, TabState } from '@/lib/messaging';
import type { Observation } from '@/lib/observation';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';

/** The popup's research card: the permission is asked inside the click, before the background runs. */
const log: string[] = [];
let answer: (request: Request) => unknown = () => null;

vi.mock('@/lib/rpc', () => ({
  call: async (request: Request) => {
    // Status reads (the card's progress lines and automatic mode) are not actions.
    if (request.type !== 'researchStatus' && request.type !== 'researchAutoStatus') log.push(`call ${request.type} ${JSON.stringify({ refresh: (request as { refresh?: boolean }).refresh, only: (request as { only?: string }).only })}`);
    return answer(request);
  },
}));

const person: Observation = {
  url: 'https://www.linkedin.com/in/dana/',
  kind: 'linkedin-person',
  person: { ...emptyPerson(), name: 'Dana', company: 'Acme Analytics', companyLinkedinUrl: 'https://www.linkedin.com/company/acme/' },
  people: [],
  company: null,
  evidence: {},
  missing: [],
};

function account(over: Partial<AccountRecord> = {}): AccountRecord {
  return {
    key: 'li:acme',
    aliases: ['li:acme', 'name:acme analytics'],
    company: { ...emptyCompany(), name: 'Acme Analytics' },
    contacts: [],
    score: null,
    tier: null,
    coverage: 0,
    icpId: null,
    icpName: null,
    reasons: [],
    packId: 'p',
    packVersion: 1,
    outcome: null,
    outcomePackVersion: null,
    pages: [],
    firstSeenAt: '2026-11-01T00:00:00Z',
    lastSeenAt: '2026-11-01T00:00:00Z',
    ...over,
  };
}

function state(observation: Observation, acc: AccountRecord | null): TabState {
  return { tabId: 5, url: observation.url, status: 'ready', observation, scored: null, account: acc, updatedAt: null, derived: null, packUpdate: null };
}

const progress = (over: Partial<ResearchProgress>): ResearchProgress => ({ tabId: 5, running: false, company: 'Acme Analytics', lines: [], needsPermission: null, researchedAt: '2026-11-29T10:00:00Z', reused: false, error: null, ...over });

beforeEach(() => {
  log.length = 0;
  answer = () => null;
  fakeBrowser.permissions.request = vi.fn(async ({ origins }: { origins: string[] }) => {
    log.push(`ask ${origins.join(',')}`);
    return true;
  }) as never;
});
afterEach(() => cleanup());

describe('Research card', () => {
  it('asks for the known website origin first, inside the click, then starts the research', async () => {
    render(<Research state={state(person, account({ company: { ...emptyCompany(), name: 'Acme Analytics', website: 'https://www.acme.com/en' } }))} />);
    const button = screen.getByTestId('research-company');
    expect(button.textContent).toBe("Read Acme Analytics's pages");
    fireEvent.click(button);
    // The permission request is made synchronously in the handler (a user gesture), before any message.
    expect(log[0]).toBe('ask https://www.acme.com/*');
    await waitFor(() => expect(log).toContain('call research {}'));
  });

  it('asks for nothing when the website is not known yet, and offers "Read <domain>" when LinkedIn revealed it', async () => {
    answer = (r) =>
      r.type === 'research'
        ? progress({
            lines: [
              { page: 'linkedin', label: 'Acme Analytics on LinkedIn', url: 'https://www.linkedin.com/company/acme/', status: 'done', sentence: 'done' },
              { page: 'website', label: 'acme.com', url: 'https://www.acme.com/', status: 'no-permission', sentence: 'no permission: allow LeadFit to read acme.com (one click) and try again' },
            ],
            needsPermission: { origin: 'https://www.acme.com', domain: 'acme.com' },
          })
        : null;
    render(<Research state={state(person, account())} />);
    fireEvent.click(screen.getByTestId('research-company'));
    expect(log.some((l) => l.startsWith('ask'))).toBe(false);
    const lines = await screen.findAllByTestId('research-line');
    expect(lines.map((l) => l.textContent)).toEqual(['Reading Acme Analytics on LinkedIn… done', 'Reading acme.com… no permission — allow LeadFit to read acme.com (one click) and try again']);
    fireEvent.click(screen.getByTestId('research-permission'));
    expect(log.at(-1)).toBe('ask https://www.acme.com/*');
    await waitFor(() => expect(log.at(-1)).toBe('call research {"refresh":true,"only":"website"}'));
  });

  it('shows stored results with their facts and a Refresh instead of the first-read button', () => {
    const acc = account({
      company: { ...emptyCompany(), name: 'Acme Analytics', industry: 'Software Development', employees: { min: 51, max: 200 }, technologies: [{ name: 'HubSpot', category: 'Marketing automation' }] },
      research: { researchedAt: '2026-11-20T10:00:00Z', pages: [] },
    });
    render(<Research state={state(person, acc)} />);
    expect(screen.queryByTestId('research-company')).toBeNull();
    expect(screen.getByTestId('research-fact-industry').textContent).toBe('Software Development');
    expect(screen.getByTestId('research-fact-technologies').textContent).toBe('HubSpot');
    expect(screen.getByTestId('research-refresh')).toBeTruthy();
  });

  it('on a LinkedIn company page offers "Read the website", and shows identity conflicts', async () => {
    const companyPage: Observation = { ...person, url: 'https://www.linkedin.com/company/acme/', kind: 'linkedin-company', person: null, company: { ...emptyCompany(), name: 'Acme Analytics', website: 'https://acme.com' } };
    const acc = account({
      company: { ...emptyCompany(), name: 'Acme Analytics', domain: 'acme.com' },
      conflicts: [{ field: 'domain', kept: 'acme.com', keptFrom: 'linkedin-company', claimed: 'acme-deals.example', claimedBy: 'https://acme-deals.example/', at: '2026-11-29T00:00:00Z' }],
    });
    render(<Research state={state(companyPage, acc)} />);
    expect(screen.getByTestId('identity-conflict').textContent).toContain('acme-deals.example gives the domain “acme-deals.example”; its LinkedIn page gives “acme.com” (kept)');
    fireEvent.click(screen.getByTestId('research-website'));
    expect(log[0]).toBe('ask https://acme.com/*');
    await waitFor(() => expect(log).toContain('call research {"refresh":true,"only":"website"}'));
  });

  it('shows nothing on a person page that names no company', () => {
    const anonymous = { ...person, person: { ...person.person!, company: null, companyLinkedinUrl: null } };
    const { container } = render(<Research state={state(anonymous, null)} />);
    expect(container.textContent).toBe('');
  });
});
