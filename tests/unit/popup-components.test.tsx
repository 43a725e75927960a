// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CriteriaList, FitCard, PersonaCard, TalkingPoints } from '@/components/popup/Cards';
import type { CriterionResult, IcpFit, PersonaMatch, PersonaResult, RenderedTalkingPoint } from '@/lib/scoring/types';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const criteria: CriterionResult[] = [
  {
    id: 'industries',
    label: 'Industry',
    weight: 3,
    status: 'matched',
    sentence: 'Software Development is one of Software, SaaS.',
    evidence: { field: 'company.industry', source: 'selector', snippet: 'Industry: Software Development' },
  },
  {
    id: 'employees',
    label: 'Company size',
    weight: 2,
    status: 'missed',
    sentence: '11–50 employees is below the minimum of 100.',
    evidence: { field: 'company.employees', source: 'json-ld', snippet: 'numberOfEmployees: 11–50' },
  },
  { id: 'revenue', label: 'Revenue', weight: 1, status: 'unknown', sentence: 'The page does not say.', evidence: null },
  {
    id: 'disqualifier:industry',
    label: 'Not a competitor',
    weight: 0,
    status: 'disqualified',
    sentence: 'Forecasting software is on the exclusion list.',
    evidence: { field: 'company.description', source: 'meta', snippet: 'We build forecasting software' },
  },
];

describe('CriteriaList', () => {
  it('renders one item per criterion with its status', () => {
    render(<CriteriaList criteria={criteria} />);
    const items = screen.getAllByTestId('criterion');
    expect(items).toHaveLength(4);
    expect(items.map((i) => i.getAttribute('data-status'))).toEqual(['matched', 'missed', 'unknown', 'disqualified']);
    expect(items[0]?.textContent).toContain('Industry');
    expect(items[0]?.textContent).toContain('Software Development is one of Software, SaaS.');
    // The status is said in words for screen readers, not only by the icon.
    expect(items[1]?.textContent).toContain('missed');
    // A criterion without evidence has no toggle.
    expect(within(items[2] as HTMLElement).queryByTestId('evidence-toggle')).toBeNull();
    expect(screen.getAllByTestId('evidence-toggle')).toHaveLength(3);
  });

  it('reveals the evidence on click and hides it again', () => {
    render(<CriteriaList criteria={criteria} />);
    const first = screen.getAllByTestId('criterion')[0] as HTMLElement;
    const toggle = within(first).getByTestId('evidence-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('evidence')).toBeNull();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const evidence = within(first).getByTestId('evidence');
    expect(evidence.textContent).toContain('selector');
    expect(evidence.textContent).toContain('Industry: Software Development');
    // Only that criterion's evidence is open.
    expect(screen.getAllByTestId('evidence')).toHaveLength(1);

    fireEvent.click(toggle);
    expect(within(first).queryByTestId('evidence')).toBeNull();
  });
});

describe('TalkingPoints', () => {
  const points: RenderedTalkingPoint[] = [
    { id: 'p1', text: 'Dana, teams your size usually lose a week a quarter to forecast roll-ups.', personaId: 'sales-director', icpId: 'mid-market', facts: [{ name: 'firstName', value: 'Dana', source: 'page' }], usesCompanyFacts: false },
    {
      id: 'p2',
      text: 'Northwind uses Salesforce: our scoring reads straight from it.',
      personaId: null,
      icpId: 'mid-market',
      facts: [
        { name: 'company', value: 'Northwind', source: 'page' },
        { name: 'crm', value: 'Salesforce', source: 'technology:CRM' },
      ],
      usesCompanyFacts: true,
    },
  ];
  let writeText: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });

  it('renders every point', () => {
    render(<TalkingPoints points={points} brief="brief" />);
    const items = screen.getAllByTestId('talking-point');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain(points[0]?.text);
    expect(items[1]?.textContent).toContain(points[1]?.text);
  });

  it('renders nothing without points', () => {
    const { container } = render(<TalkingPoints points={[]} brief="" />);
    expect(container.innerHTML).toBe('');
  });

  it('copies a point and says "Copied"', async () => {
    render(<TalkingPoints points={points} brief="brief" />);
    const second = screen.getAllByTestId('talking-point')[1] as HTMLElement;
    const button = within(second).getByTestId('copy-button');
    expect(button.textContent).toBe('Copy');
    await act(async () => {
      fireEvent.click(button);
    });
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(points[1]?.text);
    expect(button.textContent).toBe('Copied');
    expect(button.getAttribute('aria-label')).toBe('Copied');
    // The other point's button is unchanged.
    expect(within(screen.getAllByTestId('talking-point')[0] as HTMLElement).getByTestId('copy-button').textContent).toBe('Copy');
  });

  it('copy all copies the brief', async () => {
    const brief = 'Dana Whitfield · VP of Sales\nTier A (86/100)\n- point one\n- point two';
    render(<TalkingPoints points={points} brief={brief} />);
    const all = screen.getByTestId('copy-all-button');
    await act(async () => {
      fireEvent.click(all);
    });
    expect(writeText).toHaveBeenCalledWith(brief);
    expect(all.textContent).toMatch(/copied/i);
  });
});

describe('PersonaCard', () => {
  const closest: PersonaMatch = {
    personaId: 'sales-director',
    personaName: 'Sarah the Sales Director',
    buyingRole: 'decision-maker',
    confidence: 0.35,
    matched: false,
    reasons: ['Department design is not sales.'],
  };

  it('says "No persona matches." with the closest persona when best is null', () => {
    const result: PersonaResult = {
      classification: { title: 'Senior Product Designer', department: 'design', seniority: 'senior', evidence: ["'Designer' → design"] },
      ranked: [closest],
      best: null,
      closest,
    };
    render(<PersonaCard result={result} persona={null} />);
    const none = screen.getByTestId('persona-none');
    expect(none.textContent).toContain('No persona matches.');
    expect(none.textContent).toContain('Sarah the Sales Director');
    expect(none.textContent).toContain('35%');
    expect(none.textContent).toContain('Department design is not sales.');
    expect(screen.queryByTestId('persona-name')).toBeNull();
  });

  it('says "No persona matches." without a closest persona too', () => {
    render(<PersonaCard result={{ classification: null, ranked: [], best: null, closest: null }} persona={null} />);
    expect(screen.getByTestId('persona-none').textContent).toBe('No persona matches.');
  });
});

describe('FitCard', () => {
  const fit = (over: Partial<IcpFit>): IcpFit => ({
    icpId: 'mid-market',
    icpName: 'Mid-market SaaS',
    score: 75,
    scoreRange: { min: 75, max: 75 },
    tier: 'B',
    tierRange: ['B'],
    decidingCriterion: null,
    coverage: 1,
    lowCoverage: false,
    disqualified: false,
    disqualifiedBecause: null,
    criteria,
    ...over,
  });

  it('a decided fit shows its letter and its score', () => {
    render(<FitCard best={fit({})} runnerUp={null} comparison={null} pack={null} packVersion={2} />);
    expect(screen.getByTestId('fit-tier').textContent).toBe('B');
    expect(screen.getByTestId('fit-score').textContent).toBe('75 / 100');
    expect(screen.queryByTestId('fit-undecided')).toBeNull();
  });

  it('an undecided fit shows the letters still possible, the range and what to check, never a letter', () => {
    const undecided = fit({ score: 75, scoreRange: { min: 30, max: 80 }, tier: null, tierRange: ['A', 'B', 'C', 'D'], decidingCriterion: { id: 'industries', label: 'Industry', decides: false }, coverage: 0.4, lowCoverage: true });
    render(<FitCard best={undecided} runnerUp={null} comparison={null} pack={null} packVersion={2} />);
    expect(screen.getByTestId('fit-tier').textContent).toBe('A–D');
    expect(screen.getByTestId('fit-score').textContent).toBe('30–80 / 100');
    expect(screen.getByTestId('fit-undecided').textContent).toBe('A–D · checking Industry would narrow it (75 on what is known)');
    expect(screen.getByTestId('fit-coverage').textContent).toContain('40% of the profile checked · low coverage');
  });

  it('says "would decide" when either answer leaves one letter', () => {
    render(<FitCard best={fit({ scoreRange: { min: 60, max: 90 }, tier: null, tierRange: ['A', 'B'], decidingCriterion: { id: 'industries', label: 'Industry', decides: true } })} runnerUp={null} comparison={null} pack={null} packVersion={2} />);
    expect(screen.getByTestId('fit-undecided').textContent).toMatch(/^A–B · checking Industry would decide/);
  });

  it('a disqualified fit is D with the reason, and the runner-up sentence is shown as written', () => {
    const dq = fit({ score: 90, scoreRange: { min: 40, max: 95 }, tier: 'D', tierRange: ['D'], disqualified: true, disqualifiedBecause: 'A competitor.' });
    render(<FitCard best={dq} runnerUp={fit({ icpId: 'other', icpName: 'Other' })} comparison="Other would fit better if industry matched." pack={null} packVersion={2} />);
    expect(screen.getByTestId('fit-tier').textContent).toBe('D');
    expect(screen.getByText('A competitor.')).toBeTruthy();
    expect(screen.getByTestId('runner-up').textContent).toBe('Other would fit better if industry matched.');
  });
});
