import { useEffect, useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { frameworkTree, type ResultDto, type ResultsFrameworkDto } from '@mic/domain';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { DeleteResultDialog } from './DeleteResultDialog';
import { MoveDialog } from './MoveDialog';
import { ResultNode, resultHeadingId, type ResultNodeData } from './ResultNode';

interface Props {
  fw: ResultsFrameworkDto;
  purposeName: (code: string) => string;
}

/**
 * The results chain as nested lists (impact → outcomes → outputs → activities): plain lists, links
 * and buttons, so a keyboard and a screen reader get through it the ordinary way (Tab, and the
 * reader's list and heading navigation), with each level's heading one deeper than its parent's.
 */
export function ResultTree({ fw, purposeName }: Props) {
  const { t } = useTranslation();
  const [moving, setMoving] = useState<ResultDto | null>(null);
  const [deleting, setDeleting] = useState<ResultDto | null>(null);
  const [notice, setNotice] = useState<{ text: string; key: number; focus: boolean } | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const roots = frameworkTree(fw.results, fw.indicators) as ResultNodeData[];
  const hasImpact = fw.results.some((r) => r.level === 'impact');

  // After a move, focus follows the result to its new place (once the fresh framework is shown).
  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(resultHeadingId(focusId));
    if (el) {
      el.focus();
      el.scrollIntoView({ block: 'center' });
      setFocusId(null);
    }
  }, [focusId, fw]);

  return (
    <section aria-labelledby="chain-heading" className="section">
      <Heading level={2} data-size="sm" id="chain-heading">
        {t('results.framework.chainHeading')}
      </Heading>
      {notice && (
        <SuccessAlert key={notice.key} focus={notice.focus}>
          {notice.text}
        </SuccessAlert>
      )}
      {!hasImpact && (
        <div className="empty-state">
          <Paragraph>{t('results.framework.empty')}</Paragraph>
          {fw.can.edit && (
            <Button asChild>
              <RouterLink to={`/partnerships/${fw.partnershipId}/results/new?level=impact`}>{t('results.framework.addImpact')}</RouterLink>
            </Button>
          )}
        </div>
      )}
      {roots.length > 0 && (
        <ol className="result-tree">
          {roots.map((node) => (
            <ResultNode key={node.id} node={node} fw={fw} purposeName={purposeName} onMove={setMoving} onDelete={setDeleting} />
          ))}
        </ol>
      )}
      {moving && (
        <MoveDialog
          result={moving}
          fw={fw}
          onClose={() => setMoving(null)}
          onMoved={(moved) => {
            setMoving(null);
            setNotice({ text: t('results.move.done'), key: Date.now(), focus: false });
            setFocusId(moved.id);
          }}
        />
      )}
      {deleting && (
        <DeleteResultDialog
          result={deleting}
          fw={fw}
          onClose={() => setDeleting(null)}
          onDeleted={(name) => {
            setDeleting(null);
            // The button went with the result: the confirmation takes focus, so the user goes on from there.
            setNotice({ text: t('results.delete.done', { name }), key: Date.now(), focus: true });
          }}
        />
      )}
    </section>
  );
}
