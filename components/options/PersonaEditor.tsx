import type { Pack, Persona } from '@/lib/profiles/schema';
import { BUYING_ROLES, DEPARTMENTS, SENIORITIES } from '@/lib/profiles/taxonomy';
import { CheckboxGroup, ChipsField, FieldError, ListField, TextField, fieldId } from './fields';
import { t } from '../i18n';
import { roleLabel } from '../popup/Cards';
import { departmentLabel, seniorityLabel } from '../taxonomy-words';
import { TalkingPointsEditor } from './TalkingPointsEditor';

type Edit<T> = (fn: (value: T) => void) => void;

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
        <h2 id="persona-editor-title">{t('persona.title', { name: persona.name || t('profiles.noName') })}</h2>
        <button type="button" className="danger" onClick={props.onRemove}>
          {t('persona.remove')}
        </button>
      </div>
      <FieldError path={base} />
      <div className="grid2">
        <TextField label={t('icp.name')} path={`${base}.name`} value={persona.name} testId="persona-name-input" onChange={(v) => edit((x) => void (x.name = v))} />
        <TextField label={t('persona.id')} path={`${base}.id`} value={persona.id} onChange={(v) => edit((x) => void (x.id = v))} />
      </div>
      <TextField label={t('icp.description')} path={`${base}.description`} multiline value={persona.description} onChange={(v) => edit((x) => void (x.description = v))} />
      <CheckboxGroup
        legend={t('persona.icps')}
        path={`${base}.icpIds`}
        options={props.pack.icps.map((i) => i.id)}
        labelOf={(id) => props.pack.icps.find((i) => i.id === id)?.name || id}
        value={persona.icpIds}
        onChange={(v) => edit((x) => void (x.icpIds = v))}
      />

      <h3 id={fieldId(`${base}.match`)} tabIndex={-1}>{t('persona.whoMatches')}</h3>
      <FieldError path={`${base}.match`} />
      <CheckboxGroup legend={t('persona.departments')} path={`${base}.match.departments`} options={DEPARTMENTS} labelOf={departmentLabel} value={persona.match.departments} onChange={(v) => edit((x) => void (x.match.departments = v))} />
      <CheckboxGroup legend={t('persona.seniorities')} path={`${base}.match.seniorities`} options={SENIORITIES} labelOf={seniorityLabel} value={persona.match.seniorities} onChange={(v) => edit((x) => void (x.match.seniorities = v))} />
      <ChipsField label={t('persona.titleKeywords')} path={`${base}.match.titleKeywords`} value={persona.match.titleKeywords} onChange={(v) => edit((x) => void (x.match.titleKeywords = v))} />
      <ChipsField label={t('persona.excludeKeywords')} path={`${base}.match.excludeKeywords`} value={persona.match.excludeKeywords} onChange={(v) => edit((x) => void (x.match.excludeKeywords = v))} />
      <div className="field">
        <label htmlFor={fieldId(`${base}.buyingRole`)}>{t('persona.buyingRole')}</label>
        <select id={fieldId(`${base}.buyingRole`)} value={persona.buyingRole} onChange={(e) => edit((x) => void (x.buyingRole = e.target.value as Persona['buyingRole']))}>
          {BUYING_ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r)}
            </option>
          ))}
        </select>
        <FieldError path={`${base}.buyingRole`} />
      </div>

      <h3>{t('persona.caresAbout')}</h3>
      <ListField label={t('persona.goals')} path={`${base}.goals`} value={persona.goals} addLabel={t('persona.addGoal')} onChange={(v) => edit((x) => void (x.goals = v))} />
      <ListField label={t('icp.painPoints')} path={`${base}.painPoints`} value={persona.painPoints} addLabel={t('icp.addPainPoint')} onChange={(v) => edit((x) => void (x.painPoints = v))} />
      <fieldset className="group" id={fieldId(`${base}.objections`)}>
        <legend>{t('persona.objections')}</legend>
        {persona.objections.map((o, i) => {
          const path = `${base}.objections[${i}]`;
          return (
            <div className="objection" key={i}>
              <TextField label={t('persona.objection', { number: i + 1 })} path={`${path}.objection`} value={o.objection} onChange={(v) => edit((x) => void (x.objections[i]!.objection = v))} />
              <TextField label={t('persona.response', { number: i + 1 })} path={`${path}.response`} multiline value={o.response} onChange={(v) => edit((x) => void (x.objections[i]!.response = v))} />
              <button type="button" onClick={() => edit((x) => void x.objections.splice(i, 1))}>
                {t('persona.removeObjection')}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => edit((x) => void x.objections.push({ objection: '', response: '' }))}>
          {t('persona.addObjection')}
        </button>
        <FieldError path={`${base}.objections`} />
      </fieldset>

      <h3>{t('persona.reach')}</h3>
      <ChipsField label={t('persona.channels')} path={`${base}.channels`} value={persona.channels} placeholder={t('persona.channelsPlaceholder')} onChange={(v) => edit((x) => void (x.channels = v))} />
      <div className="grid2">
        <TextField label={t('persona.bestTime')} path={`${base}.bestTime`} value={persona.bestTime} onChange={(v) => edit((x) => void (x.bestTime = v))} />
        <TextField label={t('persona.style')} path={`${base}.communicationStyle`} value={persona.communicationStyle} onChange={(v) => edit((x) => void (x.communicationStyle = v))} />
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
