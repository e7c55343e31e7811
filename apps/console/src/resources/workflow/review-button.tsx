import GavelIcon from '@mui/icons-material/Gavel';
import { ReviewDecision, type ReviewStep } from '@rectify/domain';
import { RadioButtonGroupInput, TextInput } from 'react-admin';
import { DialogButton } from '../../components/dialog-button.js';
import { useEnumChoices } from '../../i18n/use-domain-locale.js';
import { type RequestKind, type ReviewInput, reviewRequest } from '../../providers/workflow-api.js';
import { ReviewFacts } from './review-facts.js';

type Review = Pick<ReviewInput, 'decision' | 'comment'>;

/**
 * One review step on a closure or extension request: the leader's endorsement or the office's approval, or a
 * rejection with its reason, decided with the request's facts in view. The request's version goes along: a
 * reviewer who acted first wins.
 */
export function ReviewButton({
  kind,
  step,
  request,
}: {
  kind: RequestKind;
  step: ReviewStep;
  request: { id: number; version: number };
}) {
  const decisions = useEnumChoices(ReviewDecision);
  const action = `rectify.workflow.review.${kind}.${step}`;
  return (
    <DialogButton<Review>
      label={action}
      icon={<GavelIcon />}
      testId={`review-${kind}-${request.id}`}
      saveLabel="rectify.workflow.review.submit"
      done="rectify.workflow.review.done"
      defaultValues={{ decision: 'APPROVE', comment: '' }}
      wide
      onSubmit={(values) =>
        reviewRequest(kind, step, { ...values, id: request.id, version: request.version }).then(
          () => undefined,
        )
      }
    >
      <ReviewFacts kind={kind} step={step} requestId={request.id} />
      <RadioButtonGroupInput source="decision" label="rectify.workflow.review.decision" choices={decisions} />
      <TextInput
        source="comment"
        label="rectify.workflow.review.comment"
        helperText="rectify.workflow.review.commentHint"
        multiline
        minRows={3}
        fullWidth
      />
    </DialogButton>
  );
}
