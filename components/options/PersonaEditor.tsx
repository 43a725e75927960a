import type { Pack, Persona } from '@/lib/profiles/schema';
import { BUYING_ROLES, DEPARTMENTS, SENIORITIES } from '@/lib/profiles/taxonomy';
import { CheckboxGroup, ChipsField, FieldError, ListField, TextField, fieldId } from './fields';
import { TalkingPointsEditor } from './TalkingPointsEditor';

type Edit<T> = (fn: (value: T) => void) => void;

const pretty = (s: string) => s.replace(/[_-]/g, ' ');

export function PersonaEditor(props: { pack: Pack; index: number; edit: Edit<Pack>; onRemove: () => void }) {
  const persona = props.pack.personas[props.index];
  if (!persona) return null;
  const base = `personas[${props.index}]`;
  const edit: Edit<Persona> = (fn) =>
    props.edit((d) => {
      const x = d.personas[props.index];
      if (x) fn(x);
    });
  const icp = props.pack.icps.find((i) => persona.icpIds.includes(i.id)) ?? props.pack.icps[0] ?? null;
  return (
    <section className="editor" id={fieldId(base)} aria-labelledby="persona-editor-title">
      <div className="row">
        <h2 id="persona-editor-title">Persona: {persona.name || '(no name)'}</h2>
        <button type="button" className="danger" onClick={props.onRemove}>
          Remove persona
        </button>
      </div>
      <FieldError path={base} />
      <div className="grid2">
        <TextField label="Name" path={`${base}.name`} value={persona.name} testId="persona-name-input" onChange={(v) => edit((x) => void (x.name = v))} />
        <TextField label="Id" path={`${base}.id`} value={persona.id} onChange={(v) => edit((x) => void (x.id = v))} />
      </div>
      <TextField label="Description" path={`${base}.description`} multiline value={persona.description} onChange={(v) => edit((x) => void (x.description = v))} />
      <CheckboxGroup
        legend="Buys for these ICPs (none ticked: every ICP)"
        path={`${base}.icpIds`}
        options={props.pack.icps.map((i) => i.id)}
        labelOf={(id) => props.pack.icps.find((i) => i.id === id)?.name || id}
        value={persona.icpIds}
        onChange={(v) => edit((x) => void (x.icpIds = v))}
      />

      <h3 id={fieldId(`${base}.match`)} tabIndex={-1}>Who matches</h3>
      <FieldError path={`${base}.match`} />
      <CheckboxGroup legend="Departments" path={`${base}.match.departments`} options={DEPARTMENTS} labelOf={pretty} value={persona.match.departments} onChange={(v) => edit((x) => void (x.match.departments = v))} />
      <CheckboxGroup legend="Seniorities" path={`${base}.match.seniorities`} options={SENIORITIES} labelOf={pretty} value={persona.match.seniorities} onChange={(v) => edit((x) => void (x.match.seniorities = v))} />
      <ChipsField label="Title keywords (any supports the match)" path={`${base}.match.titleKeywords`} value={persona.match.titleKeywords} onChange={(v) => edit((x) => void (x.match.titleKeywords = v))} />
      <ChipsField label="Exclude keywords (any rules the persona out)" path={`${base}.match.excludeKeywords`} value={persona.match.excludeKeywords} onChange={(v) => edit((x) => void (x.match.excludeKeywords = v))} />
      <div className="field">
        <label htmlFor={fieldId(`${base}.buyingRole`)}>Buying role</label>
        <select id={fieldId(`${base}.buyingRole`)} value={persona.buyingRole} onChange={(e) => edit((x) => void (x.buyingRole = e.target.value as Persona['buyingRole']))}>
          {BUYING_ROLES.map((r) => (
            <option key={r} value={r}>
              {pretty(r)}
            </option>
          ))}
        </select>
        <FieldError path={`${base}.buyingRole`} />
      </div>

      <h3>What they care about</h3>
      <ListField label="Goals" path={`${base}.goals`} value={persona.goals} addLabel="Add goal" onChange={(v) => edit((x) => void (x.goals = v))} />
      <ListField label="Pain points" path={`${base}.painPoints`} value={persona.painPoints} addLabel="Add pain point" onChange={(v) => edit((x) => void (x.painPoints = v))} />
      <fieldset className="group" id={fieldId(`${base}.objections`)}>
        <legend>Objections and responses</legend>
        {persona.objections.map((o, i) => {
          const path = `${base}.objections[${i}]`;
          return (
            <div className="objection" key={i}>
              <TextField label={`Objection ${i + 1}`} path={`${path}.objection`} value={o.objection} onChange={(v) => edit((x) => void (x.objections[i]!.objection = v))} />
              <TextField label={`Response ${i + 1}`} path={`${path}.response`} multiline value={o.response} onChange={(v) => edit((x) => void (x.objections[i]!.response = v))} />
              <button type="button" onClick={() => edit((x) => void x.objections.splice(i, 1))}>
                Remove objection
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => edit((x) => void x.objections.push({ objection: '', response: '' }))}>
          Add objection
        </button>
        <FieldError path={`${base}.objections`} />
      </fieldset>

      <h3>How to reach them</h3>
      <ChipsField label="Channels" path={`${base}.channels`} value={persona.channels} placeholder="email, LinkedIn, phone …" onChange={(v) => edit((x) => void (x.channels = v))} />
      <div className="grid2">
        <TextField label="Best time" path={`${base}.bestTime`} value={persona.bestTime} onChange={(v) => edit((x) => void (x.bestTime = v))} />
        <TextField label="Communication style" path={`${base}.communicationStyle`} value={persona.communicationStyle} onChange={(v) => edit((x) => void (x.communicationStyle = v))} />
      </div>

      <TalkingPointsEditor
        pack={props.pack}
        base={`${base}.talkingPoints`}
        points={persona.talkingPoints}
        icp={icp}
        persona={persona}
        onChange={(fn) => edit((x) => fn(x.talkingPoints))}
      />
    </section>
  );
}
