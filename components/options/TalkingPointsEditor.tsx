import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import type { Icp, Pack, Persona, TalkingPointTemplate } from '@/lib/profiles/schema';
import { BUILTIN_BINDINGS } from '@/lib/profiles/template-facts';
import { renderTalkingPoint, templateVars, type FactContext, type TemplateVars } from '@/lib/scoring/talking-points';
import { t } from '../i18n';
import { Checkbox, ChipsField, FieldError, TextField, fieldId } from './fields';

/** The sample account every preview is rendered for: every fact known, so each template shows. */
export function sampleContext(icp: Icp | null, persona: Persona | null): FactContext {
  return {
    person: { ...emptyPerson(), name: 'Dana Whitfield', title: 'VP of Sales', company: 'Northwind Analytics', location: 'Boston, Massachusetts' },
    company: {
      ...emptyCompany(),
      name: 'Northwind Analytics',
      industry: 'Software Development',
      employees: { min: 201, max: 500 },
      headquarters: 'Boston, Massachusetts',
      domain: 'northwind.example',
      technologies: [
        { name: 'Salesforce', category: 'CRM' },
        { name: 'HubSpot', category: 'Marketing automation' },
        { name: 'Outreach', category: 'Sales engagement' },
      ],
    },
    growthPercent: 35,
    revenue: { min: 20_000_000, max: 50_000_000 },
    icp,
    persona,
  };
}

/** The sample's values by built-in variable name (plain `renderTemplate`). */
export function sampleVars(icp: Icp | null, persona: Persona | null): TemplateVars {
  return templateVars(sampleContext(icp, persona));
}

/** The template syntax help; the {{…}} examples are filled in, so translators never touch the syntax. */
export function templateHelp(): string {
  return t('points.help', { variables: Object.keys(BUILTIN_BINDINGS).map((n) => `{{${n}}}`).join(' '), withWords: '{{var|words}}', growth: '{{growth}}' });
}

/** `{"crm": "technology:CRM"}` ⇄ ["crm = technology:CRM"]: chips a manager can add and remove. */
function factChips(facts: Record<string, string> | undefined): string[] {
  return Object.entries(facts ?? {}).map(([name, binding]) => `${name} = ${binding}`);
}
function chipsToFacts(chips: string[]): Record<string, string> | undefined {
  if (chips.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const chip of chips) {
    const [name = '', ...rest] = chip.split('=');
    // A chip without "=" keeps an empty binding, so the schema says what is missing.
    out[name.trim()] = rest.join('=').trim();
  }
  return out;
}

function uniqueId(points: TalkingPointTemplate[]): string {
  for (let n = points.length + 1; ; n++) {
    const id = `point-${n}`;
    if (!points.some((p) => p.id === id)) return id;
  }
}

export function TalkingPointsEditor(props: {
  pack: Pack;
  base: string;
  points: TalkingPointTemplate[];
  icp: Icp | null;
  persona: Persona | null;
  onChange: (fn: (points: TalkingPointTemplate[]) => void) => void;
}) {
  const ctx = sampleContext(props.icp, props.persona);
  return (
    <fieldset className="group" id={fieldId(props.base)}>
      <legend>{t('points.title')}</legend>
      <p className="hint">{templateHelp()}</p>
      {props.points.map((p, i) => {
        const path = `${props.base}[${i}]`;
        const out = renderTalkingPoint({ ...p, industries: p.industries ?? [], icpIds: p.icpIds ?? [] }, ctx, { id: p.id, personaId: null, icpId: null, owner: props.persona ? 'persona' : 'icp' });
        const set = (fn: (t: TalkingPointTemplate) => void) =>
          props.onChange((pts) => {
            const t = pts[i];
            if (t) fn(t);
          });
        return (
          <div className="talking-point" key={i}>
            <TextField label={t('points.id')} path={`${path}.id`} value={p.id} onChange={(v) => set((t) => void (t.id = v))} />
            <TextField label={t('points.template')} path={`${path}.text`} multiline value={p.text} onChange={(v) => set((t) => void (t.text = v))} />
            <TextField
              label={t('points.fallback')}
              path={`${path}.fallback`}
              multiline
              value={p.fallback ?? ''}
              onChange={(v) =>
                set((t) => {
                  if (v === '') delete t.fallback;
                  else t.fallback = v;
                })
              }
            />
            <ChipsField
              label={t('points.facts')}
              path={`${path}.facts`}
              value={factChips(p.facts)}
              placeholder="crm = technology:CRM"
              hint={t('points.factsHint', { example: '{{company}} = company.name' })}
              onChange={(v) =>
                set((t) => {
                  const facts = chipsToFacts(v);
                  if (facts) t.facts = facts;
                  else delete t.facts;
                })
              }
            />
            <ChipsField
              label={t('points.industries')}
              path={`${path}.industries`}
              value={p.industries ?? []}
              suggestions="industry-names"
              placeholder="Professional Services"
              onChange={(v) => set((t) => void (t.industries = v))}
            />
            {props.pack.icps.length > 1 ? (
              <fieldset className="group" id={fieldId(`${path}.icpIds`)}>
                <legend>{t('points.icps')}</legend>
                <div className="checks">
                  {props.pack.icps.map((icp) => (
                    <Checkbox
                      key={icp.id}
                      label={icp.name || icp.id}
                      checked={p.icpIds.includes(icp.id)}
                      onChange={(on) => set((t) => void (t.icpIds = on ? [...t.icpIds, icp.id] : t.icpIds.filter((x) => x !== icp.id)))}
                    />
                  ))}
                </div>
                <FieldError path={`${path}.icpIds`} prefix />
              </fieldset>
            ) : null}
            <div className="preview" aria-live="polite" data-testid="template-preview">
              <span className="muted small">
                {out.ok && out.usedFallback ? t('points.previewFallback') : t('points.preview')}{' '}
              </span>
              {out.ok ? (
                <>
                  <q>{out.point.text}</q>
                  {out.point.facts.length > 0 && <span className="muted small">{t('points.states', { facts: out.point.facts.map((f) => `${f.name} (${f.source})`).join(', ') })}</span>}
                </>
              ) : (
                <em className="warn">{t('points.withheld', { reason: out.reason })}</em>
              )}
            </div>
            <button type="button" onClick={() => props.onChange((pts) => void pts.splice(i, 1))}>
              {t('points.remove')}
            </button>
            <FieldError path={path} />
          </div>
        );
      })}
      <button type="button" onClick={() => props.onChange((pts) => void pts.push({ id: uniqueId(pts), text: 'Hi {{firstName|there}}, ', icpIds: [], industries: [] }))}>
        {t('points.add')}
      </button>
      <FieldError path={props.base} />
    </fieldset>
  );
}
