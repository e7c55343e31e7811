import {
  approveClueDisclosure,
  assignClueLeader,
  concludeClueCase,
  confirmClueDuplicate,
  disposeClueCase,
  escalateClueCase,
  intakeClueCase,
  linkClueDuplicate,
  readClueCase,
  readClueDisclosureRequest,
  rejectClueDisclosure,
  reopenClueCase,
  requestClueDisclosure,
  routeClueCase,
  unlinkClueDuplicate,
  updateClueCase,
  withdrawClueDisclosure,
} from '@rectify/services';
import {
  AssignClueLeaderInputType,
  ClueDisclosureDecisionInputType,
  ClueDuplicateDecisionInputType,
  ConcludeClueCaseInputType,
  DisposeClueCaseInputType,
  EscalateClueCaseInputType,
  IntakeClueCaseInputType,
  LinkClueDuplicateInputType,
  ReopenClueCaseInputType,
  RequestClueDisclosureInputType,
  RouteClueCaseInputType,
  UpdateClueCaseInputType,
} from '../inputs/clue.input.js';
import { mutation, mutationResolver, readBack } from '../mutation.js';
import { ClueCasePayload, ClueDisclosureRequestPayload } from '../types/clue.type.js';

/** A clue write answers with the case read back as a query would (identity for owners only, audited). */
const clueCase = readBack('clueCase', 'ClueCase', { read: readClueCase });
const disclosure = readBack('clueDisclosureRequest', 'ClueDisclosureRequest', {
  read: readClueDisclosureRequest,
});

/** Clue case writes: every one needs clueCase.write, which only DISCIPLINE holds. */
export const ClueMutationsResolver = mutationResolver('ClueMutationsResolver', {
  intakeClueCase: mutation({
    useCase: intakeClueCase,
    input: IntakeClueCaseInputType,
    payload: ClueCasePayload,
    answer: clueCase,
    description:
      'Take in a petition report or problem clue; a second intake of the same clue is linked to the first.',
  }),
  updateClueCase: mutation({
    useCase: updateClueCase,
    input: UpdateClueCaseInputType,
    payload: ClueCasePayload,
    answer: clueCase,
    description: 'Correct an intake (identity: owners only).',
  }),
  routeClueCase: mutation({
    useCase: routeClueCase,
    input: RouteClueCaseInputType,
    payload: ClueCasePayload,
    answer: clueCase,
    description: '归口处置: route the case to the responsible body.',
  }),
  assignClueLeader: mutation({
    useCase: assignClueLeader,
    input: AssignClueLeaderInputType,
    payload: ClueCasePayload,
    answer: clueCase,
    description: '领导包案: name the owning leader.',
  }),
  escalateClueCase: mutation({
    useCase: escalateClueCase,
    input: EscalateClueCaseInputType,
    payload: ClueCasePayload,
    answer: clueCase,
    description: '提级办理: a higher body takes the case over.',
  }),
  disposeClueCase: mutation({
    useCase: disposeClueCase,
    input: DisposeClueCaseInputType,
    payload: ClueCasePayload,
    answer: clueCase,
    description: 'Dispose of the case by one of the five standard methods.',
  }),
  concludeClueCase: mutation({
    useCase: concludeClueCase,
    input: ConcludeClueCaseInputType,
    payload: ClueCasePayload,
    answer: clueCase,
    description: '办结: conclude an inquiry or verification with its outcome.',
  }),
  reopenClueCase: mutation({
    useCase: reopenClueCase,
    input: ReopenClueCaseInputType,
    payload: ClueCasePayload,
    answer: clueCase,
    description: '重新启用: take a shelved case back into disposal.',
  }),
  linkClueDuplicate: mutation({
    useCase: linkClueDuplicate,
    input: LinkClueDuplicateInputType,
    payload: ClueCasePayload,
    answer: clueCase,
    description: 'Link a case as a duplicate of the first intake of the same clue.',
  }),
  confirmClueDuplicate: mutation({
    useCase: confirmClueDuplicate,
    input: ClueDuplicateDecisionInputType,
    payload: ClueCasePayload,
    answer: clueCase,
    description: 'Confirm a duplicate link found at intake.',
  }),
  unlinkClueDuplicate: mutation({
    useCase: unlinkClueDuplicate,
    input: ClueDuplicateDecisionInputType,
    payload: ClueCasePayload,
    answer: clueCase,
    description: 'Undo a duplicate link: the case is counted on its own.',
  }),
  requestClueDisclosure: mutation({
    useCase: requestClueDisclosure,
    input: RequestClueDisclosureInputType,
    payload: ClueDisclosureRequestPayload,
    answer: disclosure,
    description: "Ask that a case's identity be disclosed to a DISCIPLINE user; a second owner decides.",
  }),
  approveClueDisclosure: mutation({
    useCase: approveClueDisclosure,
    input: ClueDisclosureDecisionInputType,
    payload: ClueDisclosureRequestPayload,
    answer: disclosure,
    description:
      'Approve a disclosure (an owner other than the requester and grantee): the grantee becomes an owner.',
  }),
  rejectClueDisclosure: mutation({
    useCase: rejectClueDisclosure,
    input: ClueDisclosureDecisionInputType,
    payload: ClueDisclosureRequestPayload,
    answer: disclosure,
    description: 'Reject a disclosure, saying why.',
  }),
  withdrawClueDisclosure: mutation({
    useCase: withdrawClueDisclosure,
    input: ClueDisclosureDecisionInputType,
    payload: ClueDisclosureRequestPayload,
    answer: disclosure,
    description: 'Withdraw a disclosure request you made.',
  }),
});
