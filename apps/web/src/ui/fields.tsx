import type { JSX } from 'preact';

// Every field has a visible label tied to it (issue 9: accessible); hints are read out with it.
type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'label'> & {
  id: string;
  label: string;
  hint?: string;
  /** Values offered as the person types (a datalist); any other value is allowed too. */
  suggestions?: string[];
  value: string;
  onValue(value: string): void;
  type?: string;
  required?: boolean;
  step?: string;
  min?: string;
  max?: string;
};

export function Field({ id, label, hint, suggestions, value, onValue, ...rest }: InputProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        {...rest}
        id={id}
        name={id}
        value={value}
        onInput={(e) => onValue((e.target as HTMLInputElement).value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        list={suggestions ? `${id}-suggestions` : undefined}
      />
      {suggestions && (
        <datalist id={`${id}-suggestions`}>
          {[...new Set(suggestions)].map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {hint && (
        <small id={`${id}-hint`} class="muted">
          {hint}
        </small>
      )}
    </div>
  );
}

export function TextArea(props: {
  id: string;
  label: string;
  value: string;
  onValue(value: string): void;
  rows?: number;
  required?: boolean;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        name={props.id}
        rows={props.rows ?? 4}
        value={props.value}
        required={props.required}
        onInput={(e) => props.onValue((e.target as HTMLTextAreaElement).value)}
      />
    </div>
  );
}

export function Select(props: {
  id: string;
  label: string;
  value: string;
  onValue(value: string): void;
  options: [string, string][];
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        onChange={(e) => props.onValue((e.target as HTMLSelectElement).value)}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Several choices of one kind: a labelled checkbox each, under a legend that says what they are. */
export function CheckList(props: {
  legend: string;
  options: [string, string][];
  value: string[];
  onValue(value: string[]): void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map(([value, text]) => (
        <label key={value} class="check">
          <input
            type="checkbox"
            value={value}
            checked={props.value.includes(value)}
            onChange={(e) =>
              props.onValue(
                (e.target as HTMLInputElement).checked
                  ? [...props.value, value]
                  : props.value.filter((v) => v !== value),
              )
            }
          />{' '}
          {text}
        </label>
      ))}
    </fieldset>
  );
}
