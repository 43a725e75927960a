import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { t } from '../i18n';
import { FieldError, fieldId, useErrors } from './fields';
import { addTerms, industryStatus, searchIndustries, splitTerms } from './terms';

/**
 * Industries picked from LinkedIn's taxonomy (434 names) with search: an ARIA 1.2 combobox
 * (input + listbox; arrows move, Enter picks, Escape closes). A picked name is one value even
 * when it contains a comma. Free text stays possible for synonyms ("B2B SaaS"), and each chip
 * says whether it is a taxonomy name, text read as one, or free text matched only as typed.
 */
export function IndustryPicker(props: {
  label: string;
  path: string;
  value: string[];
  onChange: (v: string[]) => void;
  placeholder?: string;
  hint?: string;
}) {
  const id = fieldId(props.path);
  const listId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const optionBase = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const invalid = useErrors(props.path, true).length > 0;
  const options = useMemo(() => (open ? searchIndustries(text).filter((n) => !props.value.includes(n)) : []), [open, text, props.value]);
  const activeName = active >= 0 ? options[active] : undefined;

  const pick = (terms: string[]) => {
    if (terms.length) props.onChange(addTerms(props.value, terms));
    setText('');
    setActive(-1);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, -1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (activeName) pick([activeName]);
      else pick(splitTerms(text));
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    } else if (e.key === 'Backspace' && text === '' && props.value.length) {
      props.onChange(props.value.slice(0, -1));
    }
  };

  return (
    <div className="field industry-picker">
      <label htmlFor={id}>{props.label}</label>
      <ul className="chips" aria-label={t('industry.chosen', { field: props.label })}>
        {props.value.map((v, i) => {
          const status = industryStatus(v);
          return (
            <li className={`chip${status.kind === 'free' ? ' chip-free' : ''}`} key={`${v}-${i}`} data-testid="industry-chip" data-status={status.kind}>
              {v}
              {status.kind === 'reads-as' ? <span className="chip-note">{t('industry.readAs', { name: status.name })}</span> : null}
              {status.kind === 'free' ? <span className="chip-note">{t('industry.free')}</span> : null}
              <button type="button" className="chip-x" aria-label={t('fields.removeChip', { value: v, field: props.label })} onClick={() => props.onChange(props.value.filter((_, j) => j !== i))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="combo">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open && options.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeName ? `${optionBase}-${active}` : undefined}
          aria-describedby={hintId}
          aria-invalid={invalid || undefined}
          autoComplete="off"
          value={text}
          placeholder={props.placeholder ?? t('industry.search')}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKey}
          onBlur={() => {
            setOpen(false);
            pick(splitTerms(text));
          }}
        />
        <ul id={listId} role="listbox" aria-label={t('industry.listFor', { field: props.label })} className="listbox" hidden={!open || options.length === 0}>
          {options.map((name, i) => (
            <li
              key={name}
              id={`${optionBase}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: the input keeps focus, so its blur does not add the half-typed text first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick([name]);
              }}
            >
              {name}
            </li>
          ))}
        </ul>
      </div>
      <p className="hint" id={hintId}>
        {props.hint ?? t('industry.hint')}
      </p>
      <FieldError path={props.path} prefix />
    </div>
  );
}
