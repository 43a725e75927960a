import { useState } from 'react';
import type { Disqualifier, Icp, Pack } from '@/lib/profiles/schema';
import { CRITERIA, CRITERION_IDS, newCriterion, unknownCriteria, type CriterionId, type EditorField } from '@/lib/scoring/criteria';
import { Checkbox, ChipsField, FieldError, ListField, NumberField, TextField, fieldId } from './fields';
import { t } from '../i18n';
import { TalkingPointsEditor } from './TalkingPointsEditor';

type Edit<T> = (fn: (value: T) => void) => void;

/**
 * The criteria registry's editor words (lib/scoring/criteria, in English) in the UI's language, by
 * "<criterion>.<field>" ("…Hint" for a hint). A criterion added to the registry later shows its
 * English until it gets keys (tests/unit/i18n.test.ts asks for them).
 */
const CRITERION_TEXT: Record<string, () => string> = {
  'employees.title': () => t('criteria.employees.title'),
  'employees.min': () => t('criteria.employees.min'),
  'employees.max': () => t('criteria.employees.max'),
  'growth.title': () => t('criteria.growth.title'),
  'growth.minPercent': () => t('criteria.growth.minPercent'),
  'industries.title': () => t('criteria.industries.title'),
  'industries.include': () => t('criteria.industries.include'),
  'industries.exclude': () => t('criteria.industries.exclude'),
  'industries.includeChildren': () => t('criteria.industries.includeChildren'),
  'keywords.title': () => t('criteria.keywords.title'),
  'keywords.positive': () => t('criteria.keywords.positive'),
  'keywords.negative': () => t('criteria.keywords.negative'),
  'locations.title': () => t('criteria.locations.title'),
  'locations.include': () => t('criteria.locations.include'),
  'locations.includeHint': () => t('criteria.locations.includeHint'),
  'locations.exclude': () => t('criteria.locations.exclude'),
  'revenue.title': () => t('criteria.revenue.title'),
  'revenue.min': () => t('criteria.revenue.min'),
  'revenue.max': () => t('criteria.revenue.max'),
  'technologies.title': () => t('criteria.technologies.title'),
  'technologies.required': () => t('criteria.technologies.required'),
  'technologies.requiredHint': () => t('criteria.technologies.requiredHint'),
  'technologies.preferred': () => t('criteria.technologies.preferred'),
  'technologies.excluded': () => t('criteria.technologies.excluded'),
};
const criterionText = (id: string, part: string, english: string): string => CRITERION_TEXT[`${id}.${part}`]?.() ?? english;

const DISQUALIFIER_KINDS: { kind: Disqualifier['kind']; label: () => string }[] = [
  { kind: 'industry', label: () => t('icp.dq.industry') },
  { kind: 'domain', label: () => t('icp.dq.domain') },
  { kind: 'location', label: () => t('icp.dq.location') },
  { kind: 'technology', label: () => t('icp.dq.technology') },
  { kind: 'keyword', label: () => t('icp.dq.keyword') },
  { kind: 'employeesBelow', label: () => t('icp.dq.employeesBelow') },
  { kind: 'revenueBelow', label: () => t('icp.dq.revenueBelow') },
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
          label={criterionText(id, 'title', spec.editor.title)}
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
                  return <ChipsField key={f.key} label={criterionText(id, f.key, f.label)} path={fieldPath} value={value[f.key] as string[]} suggestions={f.suggestions} hint={f.hint && criterionText(id, `${f.key}Hint`, f.hint)} onChange={(v) => set(f.key, v)} />;
                case 'checkbox':
                  return <Checkbox key={f.key} label={criterionText(id, f.key, f.label)} checked={value[f.key] as boolean} onChange={(v) => set(f.key, v)} />;
                case 'number':
                  return (
                    <NumberField
                      key={f.key}
                      label={criterionText(id, f.key, f.label)}
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
          <NumberField label={t('icp.weight')} path={`${path}.weight`} required min={0} max={100} value={value.weight as number} onChange={(n) => set('weight', n ?? Number.NaN)} />
        </div>
      ) : (
        <p className="muted small">{t('icp.notUsed')}</p>
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
      {t('icp.unknownCriteria', unknown.length, { names: unknown.map((u) => `"${u.id}"`).join(', ') })}
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
      <legend>{t('icp.useCases')}</legend>
      <p className="hint">{t('icp.useCasesHint', { variable: '{{useCase}}' })}</p>
      {entries.map(([key, lines]) => (
        <div className="usecase" key={key}>
          <div className="row">
            <IndustryKey value={key} onCommit={(to) => rename(key, to)} />
            <button type="button" aria-label={key === '*' ? t('icp.removeIndustryDefault') : t('icp.removeIndustryNamed', { name: key })} onClick={() => edit((d) => void delete d.useCases[key])}>
              {t('icp.removeIndustry')}
            </button>
          </div>
          <ListField
            label={t('icp.useCasesFor', { industry: key === '*' ? t('icp.anyIndustry') : key })}
            path={`${base}.useCases.${key}`}
            value={lines}
            addLabel={t('icp.addUseCase')}
            onChange={(v) => edit((d) => void (d.useCases[key] = v))}
          />
        </div>
      ))}
      <div className="row add-row">
        <label htmlFor={`${fieldId(base)}-newusecase`}>{t('icp.newIndustry')}</label>
        <input id={`${fieldId(base)}-newusecase`} type="text" list="industry-names" value={newKey} placeholder={t('icp.newIndustryPlaceholder')} onChange={(e) => setNewKey(e.target.value)} />
        <button
          type="button"
          disabled={!newKey.trim() || newKey.trim() in icp.useCases}
          onClick={() => {
            edit((d) => void (d.useCases[newKey.trim()] = ['']));
            setNewKey('');
          }}
        >
          {t('icp.addIndustry')}
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
      <label htmlFor={id}>{t('icp.industry')}</label>
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
      <legend>{t('icp.disqualifiers')}</legend>
      <p className="hint">{t('icp.disqualifiersHint')}</p>
      {icp.disqualifiers.map((d, i) => {
        const path = `${base}.disqualifiers[${i}]`;
        return (
          <div className="disqualifier" key={i}>
            <div className="field">
              <label htmlFor={fieldId(`${path}.kind`)}>{t('icp.rule')}</label>
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
                    {k.label()}
                  </option>
                ))}
              </select>
              <FieldError path={`${path}.kind`} />
            </div>
            {isValuesKind(d) ? (
              <ChipsField
                label={t('icp.values')}
                path={`${path}.values`}
                value={d.values}
                suggestions={d.kind === 'industry' ? 'industry-names' : d.kind === 'technology' ? 'technology-names' : undefined}
                onChange={(v) => edit((icp) => void ((icp.disqualifiers[i] as { values: string[] }).values = v))}
              />
            ) : (
              <NumberField
                label={t('icp.value')}
                path={`${path}.value`}
                required
                min={0}
                value={d.value}
                onChange={(n) => edit((icp) => void ((icp.disqualifiers[i] as { value: number }).value = n ?? Number.NaN))}
              />
            )}
            <TextField
              label={t('icp.reason')}
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
              {t('icp.removeDisqualifier')}
            </button>
            <FieldError path={path} />
          </div>
        );
      })}
      <button type="button" onClick={() => edit((icp) => void icp.disqualifiers.push({ kind: 'industry', values: [] }))}>
        {t('icp.addDisqualifier')}
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
        <h2 id="icp-editor-title">{t('icp.title', { name: icp.name || t('profiles.noName') })}</h2>
        <button type="button" className="danger" onClick={props.onRemove}>
          {t('icp.remove')}
        </button>
      </div>
      <FieldError path={base} />
      <div className="grid2">
        <TextField label={t('icp.name')} path={`${base}.name`} value={icp.name} testId="icp-name-input" onChange={(v) => edit((x) => void (x.name = v))} />
        <TextField label={t('icp.id')} path={`${base}.id`} value={icp.id} onChange={changeId} />
      </div>
      <TextField label={t('icp.description')} path={`${base}.description`} multiline value={icp.description} onChange={(v) => edit((x) => void (x.description = v))} />

      <h3>{t('icp.criteria')}</h3>
      <FieldError path={`${base}.criteria`} />
      <UnknownCriteria icp={icp} />
      {CRITERION_IDS.map((id) => (
        <Criterion key={id} id={id} icp={icp} base={base} edit={edit} />
      ))}

      <Disqualifiers icp={icp} base={base} edit={edit} />
      <ListField label={t('icp.painPoints')} path={`${base}.painPoints`} value={icp.painPoints} addLabel={t('icp.addPainPoint')} onChange={(v) => edit((x) => void (x.painPoints = v))} />
      <UseCases icp={icp} base={base} edit={edit} />

      <fieldset className="group" id={fieldId(`${base}.tiers`)}>
        <legend>{t('icp.tiers')}</legend>
        <div className="grid3">
          {(['A', 'B', 'C'] as const).map((tier) => (
            <NumberField key={tier} label={t('icp.tier', { tier })} path={`${base}.tiers.${tier}`} required min={0} max={100} value={icp.tiers[tier]} onChange={(n) => edit((x) => void (x.tiers[tier] = n ?? Number.NaN))} />
          ))}
        </div>
        <p className="hint">{t('icp.tiersHint')}</p>
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
