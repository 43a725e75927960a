import { useState } from 'react';
import type { Disqualifier, Icp, Pack } from '@/lib/profiles/schema';
import { CRITERIA, CRITERION_IDS, newCriterion, unknownCriteria, type CriterionId, type EditorField } from '@/lib/scoring/criteria';
import { Checkbox, ChipsField, FieldError, ListField, NumberField, TextField, fieldId } from './fields';
import { TalkingPointsEditor } from './TalkingPointsEditor';

type Edit<T> = (fn: (value: T) => void) => void;

const DISQUALIFIER_KINDS: { kind: Disqualifier['kind']; label: string }[] = [
  { kind: 'industry', label: 'Industry is one of' },
  { kind: 'domain', label: 'Website domain is one of' },
  { kind: 'location', label: 'Located in' },
  { kind: 'technology', label: 'Uses technology' },
  { kind: 'keyword', label: 'Description mentions' },
  { kind: 'employeesBelow', label: 'Fewer employees than' },
  { kind: 'revenueBelow', label: 'Revenue (USD) below' },
];

function isValuesKind(d: Disqualifier): d is Extract<Disqualifier, { values: string[] }> {
  return 'values' in d;
}

/**
 * One optional criterion from the registry (lib/scoring/criteria): a checkbox turns it on with
 * the criterion's own default; its fields, described by the criterion module, and its weight below.
 */
function Criterion({ id, icp, base, edit }: { id: CriterionId; icp: Icp; base: string; edit: Edit<Icp> }) {
  const spec = CRITERIA[id];
  const value = (icp.criteria as Record<string, unknown>)[id] as Record<string, unknown> | undefined;
  const path = `${base}.criteria.${id}`;
  const set = (key: string, next: unknown) =>
    edit((x) => {
      const v = (x.criteria as Record<string, unknown>)[id] as Record<string, unknown> | undefined;
      if (v) v[key] = next;
    });
  const fields = spec.editor.fields as EditorField<Record<string, unknown>>[];
  return (
    <fieldset className="group criterion-box">
      <legend>
        <Checkbox
          label={spec.editor.title}
          checked={value !== undefined}
          onChange={(on) =>
            edit((x) => {
              const criteria = x.criteria as Record<string, unknown>;
              if (on) criteria[id] = newCriterion(id);
              else delete criteria[id];
            })
          }
        />
      </legend>
      {value ? (
        <div className="criterion-body">
          <div className={spec.editor.layout === 'grid2' ? 'grid2' : undefined}>
            {fields.map((f) => {
              const fieldPath = `${path}.${f.key}`;
              switch (f.kind) {
                case 'chips':
                  return <ChipsField key={f.key} label={f.label} path={fieldPath} value={value[f.key] as string[]} suggestions={f.suggestions} hint={f.hint} onChange={(v) => set(f.key, v)} />;
                case 'checkbox':
                  return <Checkbox key={f.key} label={f.label} checked={value[f.key] as boolean} onChange={(v) => set(f.key, v)} />;
                case 'number':
                  return (
                    <NumberField
                      key={f.key}
                      label={f.label}
                      path={fieldPath}
                      min={f.min}
                      max={f.max}
                      required={f.required}
                      value={value[f.key] as number | null}
                      // A required number left empty is NaN, so the schema says "expected a number" at this field.
                      onChange={(n) => set(f.key, f.required ? (n ?? Number.NaN) : n)}
                    />
                  );
              }
            })}
          </div>
          <NumberField label="Weight (0–100, relative)" path={`${path}.weight`} required min={0} max={100} value={value.weight as number} onChange={(n) => set('weight', n ?? Number.NaN)} />
        </div>
      ) : (
        <p className="muted small">Not used for scoring.</p>
      )}
      <FieldError path={path} />
    </fieldset>
  );
}

/** Criteria in the pack this version does not know: kept, scored as unknown, and said here. */
function UnknownCriteria({ icp }: { icp: Icp }) {
  const unknown = unknownCriteria(icp.criteria as Record<string, unknown>);
  if (unknown.length === 0) return null;
  return (
    <p className="hint" data-testid="unknown-criteria">
      This ICP uses {unknown.length === 1 ? 'a criterion' : 'criteria'} this version of LeadFit does not know: {unknown.map((u) => `"${u.id}"`).join(', ')}. {unknown.length === 1 ? 'It is' : 'They are'} kept in
      the pack and counted as unknown when scoring (update LeadFit, or check the name for a typo).
    </p>
  );
}

function UseCases({ icp, base, edit }: { icp: Icp; base: string; edit: Edit<Icp> }) {
  const entries = Object.entries(icp.useCases);
  const [newKey, setNewKey] = useState('');
  const rename = (from: string, to: string) =>
    edit((d) => {
      const key = to.trim();
      if (!key || key === from || key in d.useCases) return;
      d.useCases = Object.fromEntries(Object.entries(d.useCases).map(([k, v]) => (k === from ? [key, v] : [k, v])));
    });
  return (
    <fieldset className="group" id={fieldId(`${base}.useCases`)}>
      <legend>Use cases by industry</legend>
      <p className="hint">The industry "*" holds the default; {'{{useCase}}'} in a talking point uses the first line.</p>
      {entries.map(([key, lines]) => (
        <div className="usecase" key={key}>
          <div className="row">
            <IndustryKey value={key} onCommit={(to) => rename(key, to)} />
            <button type="button" aria-label={`Remove industry ${key === "*" ? "(default)" : key} and its use cases`} onClick={() => edit((d) => void delete d.useCases[key])}>
              Remove industry
            </button>
          </div>
          <ListField
            label={`Use cases for ${key === '*' ? 'any industry' : key}`}
            path={`${base}.useCases.${key}`}
            value={lines}
            addLabel="Add use case"
            onChange={(v) => edit((d) => void (d.useCases[key] = v))}
          />
        </div>
      ))}
      <div className="row add-row">
        <label htmlFor={`${fieldId(base)}-newusecase`}>New industry</label>
        <input id={`${fieldId(base)}-newusecase`} type="text" list="industry-names" value={newKey} placeholder="Software Development or *" onChange={(e) => setNewKey(e.target.value)} />
        <button
          type="button"
          disabled={!newKey.trim() || newKey.trim() in icp.useCases}
          onClick={() => {
            edit((d) => void (d.useCases[newKey.trim()] = ['']));
            setNewKey('');
          }}
        >
          Add industry
        </button>
      </div>
      <FieldError path={`${base}.useCases`} prefix />
    </fieldset>
  );
}

function IndustryKey({ value, onCommit }: { value: string; onCommit: (v: string) => void }) {
  const [text, setText] = useState(value);
  const id = `uc-${value.replace(/[^a-zA-Z0-9]+/g, '_')}`;
  return (
    <span className="inline-field">
      <label htmlFor={id}>Industry</label>
      <input
        id={id}
        type="text"
        list="industry-names"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => onCommit(text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onCommit(text);
        }}
      />
    </span>
  );
}

function Disqualifiers({ icp, base, edit }: { icp: Icp; base: string; edit: Edit<Icp> }) {
  return (
    <fieldset className="group" id={fieldId(`${base}.disqualifiers`)}>
      <legend>Disqualifiers</legend>
      <p className="hint">Any one that applies makes the account tier D, whatever the score.</p>
      {icp.disqualifiers.map((d, i) => {
        const path = `${base}.disqualifiers[${i}]`;
        return (
          <div className="disqualifier" key={i}>
            <div className="field">
              <label htmlFor={fieldId(`${path}.kind`)}>Rule</label>
              <select
                id={fieldId(`${path}.kind`)}
                value={d.kind}
                onChange={(e) =>
                  edit((icp) => {
                    const kind = e.target.value as Disqualifier['kind'];
                    const old = icp.disqualifiers[i];
                    if (!old) return;
                    const reason = old.reason;
                    const next: Disqualifier =
                      kind === 'employeesBelow' || kind === 'revenueBelow'
                        ? { kind, value: 'value' in old ? old.value : 0, reason }
                        : { kind, values: 'values' in old ? old.values : [], reason };
                    if (next.reason === undefined) delete next.reason;
                    icp.disqualifiers[i] = next;
                  })
                }
              >
                {DISQUALIFIER_KINDS.map((k) => (
                  <option key={k.kind} value={k.kind}>
                    {k.label}
                  </option>
                ))}
              </select>
              <FieldError path={`${path}.kind`} />
            </div>
            {isValuesKind(d) ? (
              <ChipsField
                label="Values"
                path={`${path}.values`}
                value={d.values}
                suggestions={d.kind === 'industry' ? 'industry-names' : d.kind === 'technology' ? 'technology-names' : undefined}
                onChange={(v) => edit((icp) => void ((icp.disqualifiers[i] as { values: string[] }).values = v))}
              />
            ) : (
              <NumberField
                label="Value"
                path={`${path}.value`}
                required
                min={0}
                value={d.value}
                onChange={(n) => edit((icp) => void ((icp.disqualifiers[i] as { value: number }).value = n ?? Number.NaN))}
              />
            )}
            <TextField
              label="Reason (shown to reps)"
              path={`${path}.reason`}
              value={d.reason ?? ''}
              onChange={(v) =>
                edit((icp) => {
                  const dq = icp.disqualifiers[i];
                  if (!dq) return;
                  if (v === '') delete dq.reason;
                  else dq.reason = v;
                })
              }
            />
            <button type="button" onClick={() => edit((icp) => void icp.disqualifiers.splice(i, 1))}>
              Remove disqualifier
            </button>
            <FieldError path={path} />
          </div>
        );
      })}
      <button type="button" onClick={() => edit((icp) => void icp.disqualifiers.push({ kind: 'industry', values: [] }))}>
        Add disqualifier
      </button>
      <FieldError path={`${base}.disqualifiers`} />
    </fieldset>
  );
}

export function IcpEditor(props: { pack: Pack; index: number; edit: Edit<Pack>; onRemove: () => void }) {
  const icp = props.pack.icps[props.index];
  if (!icp) return null;
  const base = `icps[${props.index}]`;
  const edit: Edit<Icp> = (fn) =>
    props.edit((d) => {
      const x = d.icps[props.index];
      if (x) fn(x);
    });
  const changeId = (next: string) =>
    props.edit((d) => {
      const x = d.icps[props.index];
      if (!x) return;
      const old = x.id;
      x.id = next;
      // Keep references pointing at this ICP, unless the new id belongs to another one.
      if (!old || d.icps.some((o, j) => j !== props.index && o.id === next)) return;
      for (const p of d.personas) {
        p.icpIds = p.icpIds.map((r) => (r === old ? next : r));
        for (const t of p.talkingPoints) t.icpIds = t.icpIds.map((r) => (r === old ? next : r));
      }
      for (const o of d.icps) for (const t of o.talkingPoints) t.icpIds = t.icpIds.map((r) => (r === old ? next : r));
    });
  return (
    <section className="editor" id={fieldId(base)} aria-labelledby="icp-editor-title">
      <div className="row">
        <h2 id="icp-editor-title">ICP: {icp.name || '(no name)'}</h2>
        <button type="button" className="danger" onClick={props.onRemove}>
          Remove ICP
        </button>
      </div>
      <FieldError path={base} />
      <div className="grid2">
        <TextField label="Name" path={`${base}.name`} value={icp.name} testId="icp-name-input" onChange={(v) => edit((x) => void (x.name = v))} />
        <TextField label="Id (used in links between ICPs and personas)" path={`${base}.id`} value={icp.id} onChange={changeId} />
      </div>
      <TextField label="Description" path={`${base}.description`} multiline value={icp.description} onChange={(v) => edit((x) => void (x.description = v))} />

      <h3>Criteria</h3>
      <FieldError path={`${base}.criteria`} />
      <UnknownCriteria icp={icp} />
      {CRITERION_IDS.map((id) => (
        <Criterion key={id} id={id} icp={icp} base={base} edit={edit} />
      ))}

      <Disqualifiers icp={icp} base={base} edit={edit} />
      <ListField label="Pain points" path={`${base}.painPoints`} value={icp.painPoints} addLabel="Add pain point" onChange={(v) => edit((x) => void (x.painPoints = v))} />
      <UseCases icp={icp} base={base} edit={edit} />

      <fieldset className="group" id={fieldId(`${base}.tiers`)}>
        <legend>Tier cut-offs (score at least)</legend>
        <div className="grid3">
          {(['A', 'B', 'C'] as const).map((t) => (
            <NumberField key={t} label={`Tier ${t}`} path={`${base}.tiers.${t}`} required min={0} max={100} value={icp.tiers[t]} onChange={(n) => edit((x) => void (x.tiers[t] = n ?? Number.NaN))} />
          ))}
        </div>
        <p className="hint">Below C is tier D.</p>
        <FieldError path={`${base}.tiers`} />
      </fieldset>

      <TalkingPointsEditor
        pack={props.pack}
        base={`${base}.talkingPoints`}
        points={icp.talkingPoints}
        icp={icp}
        persona={null}
        onChange={(fn) => edit((x) => fn(x.talkingPoints))}
      />
    </section>
  );
}
