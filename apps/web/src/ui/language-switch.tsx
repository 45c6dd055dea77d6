import type { Language, Translate } from '../i18n/language';

export function LanguageSwitch(props: { t: Translate; language: Language; setLanguage(l: Language): void }) {
  return (
    <label class="language">
      <span class="visually-hidden">{props.t('language')}</span>
      <select
        value={props.language}
        onChange={(e) => props.setLanguage((e.target as HTMLSelectElement).value as Language)}
      >
        <option value="da">Dansk</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
