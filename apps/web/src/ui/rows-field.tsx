import { useWords } from '../session/app-context';
import { Field } from './fields';

export type Row<K extends string> = Record<K, string>;

/**
 * A list of like things typed row by row (guests, presenters, Bilag): a labelled field per column,
 * a row added by a button and each removed by its own. Rows left empty are the caller's to drop.
 */
export function RowsField<K extends string>(props: {
  id: string;
  legend: string;
  columns: [K, string][];
  rows: Row<K>[];
  onRows(rows: Row<K>[]): void;
  add: string;
}) {
  const t = useWords();
  const empty = () => Object.fromEntries(props.columns.map(([k]) => [k, ''])) as Row<K>;
  const set = (i: number, key: K, value: string) =>
    props.onRows(props.rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.rows.map((row, i) => {
        const n = String(i + 1);
        return (
          <div key={i} class="row-fields">
            {props.columns.map(([key, label]) => (
              <Field
                key={key}
                id={`${props.id}-${key}-${n}`}
                label={`${label} ${n}`}
                value={row[key]}
                onValue={(v) => set(i, key, v)}
              />
            ))}
            <button
              type="button"
              class="link"
              onClick={() => props.onRows(props.rows.filter((_, j) => j !== i))}
            >
              {t('removeRow', { n, what: props.legend })}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => props.onRows([...props.rows, empty()])}>
        {props.add}
      </button>
    </fieldset>
  );
}

/** The rows with something typed in them, each value trimmed and empty values left out. */
export function filledRows<K extends string>(rows: Row<K>[]): Partial<Row<K>>[] {
  return rows
    .map(
      (r) =>
        Object.fromEntries(
          Object.entries(r).flatMap(([k, v]) => ((v as string).trim() ? [[k, (v as string).trim()]] : [])),
        ) as Partial<Row<K>>,
    )
    .filter((r) => Object.keys(r).length > 0);
}
