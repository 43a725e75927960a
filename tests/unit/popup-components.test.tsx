// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CriteriaList, PersonaCard, TalkingPoints } from '@/components/popup/Cards';
import type { CriterionResult, PersonaMatch, PersonaResult, RenderedTalkingPoint } from '@/lib/scoring/types';

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
    { id: 'p1', text: 'Dana, teams your size usually lose a week a quarter to forecast roll-ups.', personaId: 'sales-director', icpId: 'mid-market' },
    { id: 'p2', text: 'Northwind uses Salesforce: our scoring reads straight from it.', personaId: null, icpId: 'mid-market' },
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
      classification: { title: 'Senior Product Designer', department: 'design' as never, seniority: 'senior' as never, evidence: ["'Designer' → design"] },
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
