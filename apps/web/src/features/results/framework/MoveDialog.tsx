import { useState } from 'react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { localize, type ResultDto, type ResultsFrameworkDto } from '@mic/domain';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/SelectField';
import { useMoveResult } from '../results-api';
import { useResultsLabels } from '../shared/useResultsLabels';
import { childrenOf, possibleParents } from './tree-helpers';

interface Props {
  result: ResultDto;
  fw: ResultsFrameworkDto;
  onClose: () => void;
  onMoved: (result: ResultDto) => void;
}

/** Reorder a result among its siblings, or move it under another result of its parent's level. */
export function MoveDialog({ result, fw, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const move = useMoveResult(fw.partnershipId);
  const [parentId, setParentId] = useState(result.parentId ?? '');
  const siblings = childrenOf(fw.results, parentId || null, result.id);
  const [position, setPosition] = useState(String(parentId === result.parentId ? result.position : siblings.length));
  const name = labels.resultName(result);
  const parents = possibleParents(fw.results, result);
  const short = (r: ResultDto) => {
    const text = r.statement[fw.workingLanguage] || localize(r.statement, labels.lang);
    return `${labels.resultName(r)}: ${text.length > 70 ? `${text.slice(0, 69)}…` : text}`;
  };

  const changeParent = (id: string) => {
    setParentId(id);
    // Under another result it goes last unless the user says otherwise.
    setPosition(String(id === result.parentId ? result.position : childrenOf(fw.results, id || null, result.id).length));
  };

  const positions = Array.from({ length: siblings.length + 1 }, (_, i) => ({
    value: String(i),
    label:
      i === 0
        ? t('results.move.first')
        : t('results.move.after', { name: short(siblings[i - 1]!) }),
  }));

  const save = () =>
    move.mutate(
      { id: result.id, parentId: parentId || null, position: Number(position), version: result.version },
      { onSuccess: (moved) => onMoved(moved) },
    );

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby="move-heading" className="manage-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="move-heading">
          {t('results.move.heading', { name })}
        </Heading>
        <Paragraph data-size="sm">{t('results.move.intro')}</Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        <div className="form-stack">
          {parents.length > 1 && (
            <SelectField
              id="move-parent"
              label={t('results.move.parent')}
              value={parentId}
              onChange={changeParent}
              options={parents.map((p) => ({ value: p.id, label: short(p) }))}
            />
          )}
          <SelectField id="move-position" label={t('results.move.position')} value={position} onChange={setPosition} options={positions} />
          {move.isError && <ErrorAlert error={move.error} />}
          <div className="button-row">
            <Button onClick={save} loading={move.isPending}>
              {t('results.move.save')}
            </Button>
            <Button variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
