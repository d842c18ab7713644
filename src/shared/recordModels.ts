import type { Model } from 'mongoose';
import { ApiTokenModel } from '../accounts/apiToken.model';
import { CommitteeModel } from '../committees/committee.model';
import { MembershipModel } from '../committees/membership.model';
import { ComplianceRunModel } from '../compliance/complianceRun.model';
import { BreachModel } from '../decisions/breach.model';
import { DecisionModel } from '../decisions/decision.model';
import { MeetingModel } from '../decisions/meeting.model';
import { ConfirmationModel } from '../declarations/confirmation.model';
import { DeclarationModel } from '../declarations/declaration.model';
import { GiftModel } from '../declarations/gift.model';
import { OrganisationModel } from '../organisations/organisation.model';
import { PersonModel } from '../people/person.model';
import { EmailTemplateModel } from '../mail/emailTemplate.model';
import { ExportRunModel } from '../registers/exportRun.model';
import { ReturnModel } from '../rounds/return.model';
import { RoundModel } from '../rounds/round.model';
import { RulePackModel } from '../rulePacks/rulePack.model';

/**
 * Every versioned record type, by the name its audit events and history use, and the model that stores
 * it: what the sweep needs to finish a save from its audit event.
 */
export const RECORD_MODELS: Readonly<Record<string, Model<unknown>>> = {
  organisation: OrganisationModel,
  person: PersonModel,
  committee: CommitteeModel,
  membership: MembershipModel,
  declaration: DeclarationModel,
  confirmation: ConfirmationModel,
  gift: GiftModel,
  meeting: MeetingModel,
  decision: DecisionModel,
  breach: BreachModel,
  'api-token': ApiTokenModel,
  'compliance-run': ComplianceRunModel,
  export: ExportRunModel,
  round: RoundModel,
  'email-template': EmailTemplateModel,
  return: ReturnModel,
  'rule-pack': RulePackModel,
} as unknown as Record<string, Model<unknown>>;
