import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { TextArea } from './fields';
import { ActionStatus } from './status';
import { useAction } from './use-async';

/**
 * A step that takes only a reason (declining a hearing, cancelling a meeting), folded away until
 * asked for. An empty reason is sent as it is, so the API's refusal says it is needed.
 */
export function ReasonForm(props: {
  id: string;
  summary: ComponentChildren;
  label: string;
  button: string;
  class?: string;
  send(reason: string): Promise<unknown>;
  onDone?(): void;
}) {
  const [reason, setReason] = useState('');
  const action = useAction();
  return (
    <details class={props.class}>
      <summary>{props.summary}</summary>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await action.run(() => props.send(reason))) props.onDone?.();
        }}
      >
        <TextArea id={props.id} label={props.label} value={reason} onValue={setReason} rows={2} />
        <button type="submit" disabled={action.busy}>
          {props.button}
        </button>
        <ActionStatus action={action} />
      </form>
    </details>
  );
}
