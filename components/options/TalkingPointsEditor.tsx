import type { Icp, Pack, Persona, TalkingPointTemplate } from '@/lib/profiles/schema';
import { renderTemplate, type TemplateVars } from '@/lib/scoring/talking-points';
import { Checkbox, FieldError, TextField, fieldId } from './fields';

/** The sample person every preview is rendered for. */
export function sampleVars(icp: Icp | null, persona: Persona | null): TemplateVars {
  const useCases = icp?.useCases ?? {};
  return {
    firstName: 'Dana',
    company: 'Northwind Analytics',
    industry: 'Software Development',
    title: 'VP of Sales',
    location: 'Boston, Massachusetts',
    technology: 'Salesforce',
    painPoint: persona?.painPoints[0] ?? icp?.painPoints[0],
    useCase: (useCases['Software Development'] ?? useCases['*'])?.[0],
    goal: persona?.goals[0],
    icp: icp?.name,
    persona: persona?.name,
  };
}

export const TEMPLATE_HELP =
  'Variables: {{firstName}} {{company}} {{industry}} {{painPoint}} {{technology}} {{useCase}} {{title}} {{location}} {{goal}} {{icp}} {{persona}}. ' +
  '{{var|words}} uses "words" when the variable is unknown; [[ … ]] drops the phrase when a variable inside is unknown; otherwise the fallback is used.';

function preview(point: TalkingPointTemplate, vars: TemplateVars): { text: string | null; used: 'text' | 'fallback' | 'none' } {
  const text = point.text ? renderTemplate(point.text, vars) : null;
  if (text) return { text, used: 'text' };
  const fb = point.fallback ? renderTemplate(point.fallback, vars) : null;
  if (fb) return { text: fb, used: 'fallback' };
  return { text: null, used: 'none' };
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
  const vars = sampleVars(props.icp, props.persona);
  return (
    <fieldset className="group" id={fieldId(props.base)}>
      <legend>Talking points</legend>
      <p className="hint">{TEMPLATE_HELP}</p>
      {props.points.map((p, i) => {
        const path = `${props.base}[${i}]`;
        const out = preview(p, vars);
        const set = (fn: (t: TalkingPointTemplate) => void) =>
          props.onChange((pts) => {
            const t = pts[i];
            if (t) fn(t);
          });
        return (
          <div className="talking-point" key={i}>
            <TextField label="Id" path={`${path}.id`} value={p.id} onChange={(v) => set((t) => void (t.id = v))} />
            <TextField label="Template" path={`${path}.text`} multiline value={p.text} onChange={(v) => set((t) => void (t.text = v))} />
            <TextField
              label="Fallback (used when a variable is unknown)"
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
            {props.pack.icps.length > 1 ? (
              <fieldset className="group" id={fieldId(`${path}.icpIds`)}>
                <legend>Only for these ICPs (none ticked: any ICP)</legend>
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
                Preview for Dana at Northwind Analytics{out.used === 'fallback' ? ' (fallback)' : ''}:{' '}
              </span>
              {out.text ? <q>{out.text}</q> : <em className="warn">left out: a variable is unknown and the fallback cannot be filled either</em>}
            </div>
            <button type="button" onClick={() => props.onChange((pts) => void pts.splice(i, 1))}>
              Remove talking point
            </button>
            <FieldError path={path} />
          </div>
        );
      })}
      <button type="button" onClick={() => props.onChange((pts) => void pts.push({ id: uniqueId(pts), text: 'Hi {{firstName|there}}, ', icpIds: [] }))}>
        Add talking point
      </button>
      <FieldError path={props.base} />
    </fieldset>
  );
}
