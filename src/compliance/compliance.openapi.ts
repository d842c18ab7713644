import { RULE_IDS, SEVERITIES, SUBJECT_KEYS } from '../engine';
import { closedObject, isoDate, json, jsonBody, listOf, operation, orNull, query, recordId, ref, text, type ApiDescription, type JsonSchema } from '../web/openapi';

const tag = 'Compliance';
const asAt = query('asAt', isoDate, 'Check as at this day (YYYY-MM-DD); today if not given.');

/** A finding: every subject key is given (null when it does not apply); requirementId only on composition findings. */
function finding(): JsonSchema {
  const always = closedObject({
    ruleId: { type: 'string', enum: [...RULE_IDS] },
    severity: { type: 'string', enum: [...SEVERITIES] },
    message: text(),
    guidance: text('The paragraph of the guidance the rule comes from.'),
    ...Object.fromEntries(SUBJECT_KEYS.map((key) => [key, orNull(text())])),
  });
  return { ...always, properties: { ...(always.properties as JsonSchema), requirementId: text('The requirement of constitution.composition the finding is about.') } };
}

/** POST /api/checks and GET /api/compliance, described. */
export const complianceApiDescription: ApiDescription = {
  paths: {
    '/api/checks': {
      post: operation('/api/checks', {
        summary: 'Check a governance snapshot sent in, against the shipped rule packs',
        tag,
        query: [asAt, query('packs', { type: 'string', pattern: '^[\\w.-]+(,[\\w.-]+)*$' }, 'Only these rule packs, by id, comma-separated.')],
        requestBody: jsonBody({
          type: 'object',
          description: 'A governance snapshot as shared/spec/snapshot.md defines it (up to 50 MB). A bad snapshot is answered 400 with every problem and its path.',
          properties: { snapshotVersion: { const: 1 }, asAt: orNull(isoDate) },
          required: ['snapshotVersion'],
        }),
        responses: { 200: json(ref('Findings'), 'The findings.') },
      }),
    },
    '/api/compliance': {
      get: operation('/api/compliance', {
        summary: "Check the register's own data",
        tag,
        query: [asAt, query('committeeId', recordId, "Only this committee's findings, and those of the people who sit on it that day.")],
        responses: {
          200: json(ref('Findings'), 'The findings.'),
          404: { $ref: '#/components/responses/NotFound' },
          422: json(ref('Error'), "The register's data does not form a valid snapshot; the message lists each problem."),
        },
      }),
    },
  },
  schemas: {
    Findings: closedObject({
      asAt: isoDate,
      rulePacks: listOf(closedObject({ id: text(), version: text() })),
      findings: listOf(finding()),
      summary: closedObject(Object.fromEntries(SEVERITIES.map((severity) => [severity, { type: 'integer', minimum: 0 }]))),
    }),
  },
};
