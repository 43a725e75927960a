// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TalkingPoints } from '@/components/popup/Cards';
import type { RenderedTalkingPoint } from '@/lib/scoring/types';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const grounded: RenderedTalkingPoint = {
  id: 'icp:crm',
  text: 'Teams on Salesforce at Northwind lose deals in the data.',
  personaId: null,
  icpId: 'icp',
  facts: [
    { name: 'crm', value: 'Salesforce', source: 'technology:CRM' },
    { name: 'company', value: 'Northwind', source: 'account book' },
  ],
  usesCompanyFacts: true,
};
const byRole: RenderedTalkingPoint = {
  id: 'founder:q',
  text: 'Quick question, Eugene: which deals still depend on you?',
  personaId: 'founder',
  icpId: null,
  facts: [{ name: 'firstName', value: 'Eugene', source: 'page' }],
  usesCompanyFacts: false,
};

describe('TalkingPoints: facts and the company not known yet', () => {
  it('shows the facts behind a point on expand, with where each came from', () => {
    render(<TalkingPoints points={[grounded]} brief="" />);
    const facts = within(screen.getByTestId('talking-point')).getByTestId('talking-point-facts') as HTMLDetailsElement;
    expect(facts.open).toBe(false);
    fireEvent.click(within(facts).getByText('Why we can say this'));
    expect(facts.textContent).toContain('Salesforce');
    expect(facts.textContent).toContain('detected on the site (CRM)');
    expect(facts.textContent).toContain("from the team's account book");
  });

  it('on a person page with no company: role points, the sentence on how to add the company', () => {
    render(<TalkingPoints points={[byRole]} brief="" companyKnown={false} companyName="Maven AGI" />);
    expect(screen.getByTestId('company-unknown').textContent).toContain("Maven AGI is not known yet. Open Maven AGI's LinkedIn page or website");
    expect(screen.queryByTestId('research-company')).toBeNull();
    expect(screen.getByTestId('talking-point').textContent).toContain('by role');
  });

  it('says nothing about the company when it is known', () => {
    render(<TalkingPoints points={[grounded, byRole]} brief="" companyKnown />);
    expect(screen.queryByTestId('company-unknown')).toBeNull();
  });
});
