import { useTranslation } from 'react-i18next';
import { SMART_LETTERS, type SmartCheck } from '@mic/domain';
import { useResultsLabels } from './useResultsLabels';
import '../results.css';

const INITIAL: Record<(typeof SMART_LETTERS)[number], string> = {
  specific: 'S',
  measurable: 'M',
  achievable: 'A',
  relevant: 'R',
  timeBound: 'T',
};

/** The five letters in a row, each marked pass or fail; a screen reader hears "Specific: passes". */
export function SmartLetters({ check, label }: { check: SmartCheck; label: string }) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  return (
    <ul className="smart-letters" aria-label={label}>
      {SMART_LETTERS.map((l) => {
        const pass = check.letters[l].pass;
        return (
          <li key={l} className={pass ? 'smart-letters__pass' : 'smart-letters__fail'} title={labels.letter(l)}>
            <span aria-hidden="true">
              {INITIAL[l]} {pass ? '✓' : '✗'}
            </span>
            <span className="visually-hidden">
              {labels.letter(l)}: {pass ? t('results.smart.passes') : t('results.smart.fails')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Every letter with its verdict: pass, or each reason in words the user can act on. `live` makes a
 * screen reader announce the count as it changes while the user types (not the whole list).
 */
export function SmartDetails({ check, live = false, idPrefix }: { check: SmartCheck; live?: boolean; idPrefix: string }) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const passing = SMART_LETTERS.filter((l) => check.letters[l].pass).length;
  return (
    <div className="smart-details">
      <p className="smart-details__count" aria-live={live ? 'polite' : undefined} id={`${idPrefix}-count`}>
        {check.pass ? t('results.smart.allPass') : t('results.smart.someFail', { passing, total: SMART_LETTERS.length })}
      </p>
      <ul className="smart-details__list">
        {SMART_LETTERS.map((l) => {
          const { pass, reasons } = check.letters[l];
          return (
            <li key={l} className={pass ? 'smart-details__pass' : 'smart-details__fail'}>
              <span className="smart-details__mark" aria-hidden="true">
                {pass ? '✓' : '✗'}
              </span>
              <span>
                <strong>{labels.letter(l)}</strong>
                {': '}
                {pass ? t('results.smart.passes') : t('results.smart.fails')}
                {!pass && (
                  <ul className="smart-details__reasons">
                    {reasons.map((r, i) => (
                      <li key={`${r.code}-${i}`}>{labels.reason(r)}</li>
                    ))}
                  </ul>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
