import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useWords } from '../session/app-context';

/**
 * A step that cannot be taken back without a reason (the chair's sign-off, approving minutes) is
 * asked twice: the first press says what the step leaves behind, the second takes it. The
 * question gets focus so a screen reader reads it at once.
 */
export function ConfirmStep(props: {
  id: string;
  button: string;
  confirm: string;
  busy: boolean;
  children: ComponentChildren;
  onConfirm(): void;
}) {
  const t = useWords();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" class="primary" disabled={props.busy} onClick={() => setAsking(true)}>
        {props.button}
      </button>
    );
  return (
    <div
      ref={question}
      class="confirm"
      role="alertdialog"
      aria-labelledby={`${props.id}-title`}
      aria-describedby={`${props.id}-body`}
      tabIndex={-1}
      data-testid={props.id}
    >
      <p id={`${props.id}-title`}>
        <strong>{t('confirmTitle')}</strong>
      </p>
      <div id={`${props.id}-body`}>{props.children}</div>
      <button
        type="button"
        class="primary"
        disabled={props.busy}
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirm}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('confirmCancel')}
      </button>
    </div>
  );
}
