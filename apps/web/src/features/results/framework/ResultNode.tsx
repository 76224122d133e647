import { useState } from 'react';
import { Button, Details, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { childLevelOf, isObjectiveLevel, localize, type IndicatorDto, type ResultDto, type ResultsFrameworkDto, type TreeOf } from '@mic/domain';
import { formatDate } from '../../../lib/format';
import { SmartDetails, SmartLetters } from '../shared/SmartView';
import { ProgressTag } from '../shared/StatusTags';
import { useResultsLabels } from '../shared/useResultsLabels';

export type ResultNodeData = TreeOf<ResultDto & { depth: number; number: string }, IndicatorDto>;

interface Props {
  node: ResultNodeData;
  fw: ResultsFrameworkDto;
  purposeName: (code: string) => string;
  onMove: (result: ResultDto) => void;
  onDelete: (result: ResultDto) => void;
}

export const resultHeadingId = (id: string) => `result-${id}-title`;

/** One result of the chain with its facts, SMART check, indicators and actions, and the results under it. */
export function ResultNode({ node, fw, purposeName, onMove, onDelete }: Props) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const [open, setOpen] = useState(true);
  const base = `/partnerships/${fw.partnershipId}/results`;
  const name = labels.resultName(node);
  const wl = fw.workingLanguage;
  const statement = node.statement[wl]?.trim() || localize(node.statement, labels.lang);
  const translation = labels.lang !== wl ? node.statement[labels.lang]?.trim() : undefined;
  const childLevel = childLevelOf(node.level);
  const HeadingTag = `h${Math.min(6, 3 + node.depth)}` as 'h3';
  const childrenId = `result-${node.id}-children`;
  const edit = fw.can.edit;

  return (
    <li className={`result-node result-node--${node.level}`}>
      <article aria-labelledby={resultHeadingId(node.id)} className="result-node__card">
        <div className="result-node__head">
          <Tag data-size="sm" data-color="accent" className="nowrap">
            {name}
          </Tag>
          {node.owner === 'home' && (
            <Tag data-size="sm" data-color="info" className="nowrap">
              {t('results.tree.learningGoal')}
            </Tag>
          )}
        </div>
        <HeadingTag id={resultHeadingId(node.id)} tabIndex={-1} className="result-node__statement" lang={node.statement[wl]?.trim() ? wl : undefined}>
          <span className="visually-hidden">{name}: </span>
          {statement || <em>{t('results.tree.noStatement')}</em>}
        </HeadingTag>
        {translation && translation !== statement && (
          <p className="result-node__translation" lang={labels.lang}>
            {translation}
          </p>
        )}
        <dl className="result-node__facts">
          <div>
            <dt>{t('results.tree.owner')}</dt>
            <dd>{labels.owner(node.owner)}</dd>
          </div>
          {(node.purpose || node.level !== 'activity') && (
            <div>
              <dt>{t('results.tree.purpose')}</dt>
              <dd>{node.purpose ? purposeName(node.purpose) : t('results.tree.noPurpose')}</dd>
            </div>
          )}
          {(node.startDate || node.endDate) && (
            <div>
              <dt>{t('results.tree.planned')}</dt>
              <dd>
                {[node.startDate, node.endDate].map((d) => (d ? formatDate(d, labels.lang) : '')).filter(Boolean).join(' – ')}
              </dd>
            </div>
          )}
        </dl>
        {node.smart && (
          <div className="result-node__smart">
            <SmartLetters check={node.smart} label={t('results.tree.smartOf', { name })} />
            {!node.smart.pass && (
              <Details className="result-node__why">
                <Details.Summary>{t('results.tree.smartWhy')}</Details.Summary>
                <Details.Content>
                  <SmartDetails check={node.smart} idPrefix={`smart-${node.id}`} />
                </Details.Content>
              </Details>
            )}
          </div>
        )}
        {isObjectiveLevel(node.level) && (
          <div className="result-node__indicators">
            <p className="result-node__label">{t('results.tree.indicators', { count: node.indicators.length })}</p>
            {node.indicators.length > 0 && (
              <ul className="plain-list indicator-list">
                {node.indicators.map((i) => (
                  <li key={i.id}>
                    <RouterLink to={`${base}/indicators/${i.id}`} lang={i.name[wl] ? wl : undefined} className="table-link">
                      {i.name[wl] || localize(i.name, labels.lang)}
                    </RouterLink>{' '}
                    <ProgressTag status={i.progress.status} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {edit && (
          <div className="button-row result-node__actions">
            <Button asChild variant="secondary" data-size="sm">
              <RouterLink to={`${base}/${node.id}`} aria-label={t('results.tree.editNamed', { name })}>
                {t('results.tree.edit')}
              </RouterLink>
            </Button>
            {childLevel && (
              <Button asChild variant="secondary" data-size="sm">
                <RouterLink to={`${base}/new?level=${childLevel}&parent=${node.id}`} aria-label={t('results.tree.addChildNamed', { level: labels.level(childLevel).toLowerCase(), name })}>
                  {t('results.tree.addChild', { level: labels.level(childLevel).toLowerCase() })}
                </RouterLink>
              </Button>
            )}
            {isObjectiveLevel(node.level) && (
              <Button asChild variant="secondary" data-size="sm">
                <RouterLink to={`${base}/${node.id}/indicators/new`} aria-label={t('results.tree.addIndicatorNamed', { name })}>
                  {t('results.tree.addIndicator')}
                </RouterLink>
              </Button>
            )}
            {node.parentId !== null && (
              <Button variant="tertiary" data-size="sm" onClick={() => onMove(node)} aria-label={t('results.tree.moveNamed', { name })}>
                {t('results.tree.move')}
              </Button>
            )}
            <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => onDelete(node)} aria-label={t('results.tree.deleteNamed', { name })}>
              {t('results.tree.delete')}
            </Button>
          </div>
        )}
        {!edit && (
          <p className="result-node__comment-link">
            <RouterLink to={`${base}/${node.id}`}>{t('results.tree.openNamed', { name })}</RouterLink>
          </p>
        )}
      </article>
      {node.children.length > 0 && (
        <>
          <Button
            variant="tertiary"
            data-size="sm"
            aria-expanded={open}
            aria-controls={childrenId}
            onClick={() => setOpen((o) => !o)}
            className="result-node__toggle"
          >
            {open ? t('results.tree.hideChildren', { count: node.children.length, name }) : t('results.tree.showChildren', { count: node.children.length, name })}
          </Button>
          <ol id={childrenId} className="result-tree result-tree--nested" hidden={!open}>
            {node.children.map((child) => (
              <ResultNode key={child.id} node={child} fw={fw} purposeName={purposeName} onMove={onMove} onDelete={onDelete} />
            ))}
          </ol>
        </>
      )}
    </li>
  );
}
