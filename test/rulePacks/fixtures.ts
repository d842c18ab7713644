/** Rule packs a body might write, for the rule pack tests. */

/** "Our PCCC": nhs-pccc-2017, but at least three lay members and a quorum of five. */
export const OURS = `id: our-pccc
version: "7"
title: Our primary care commissioning committee
source: "Our committee's terms of reference (2024)"
extends: nhs-pccc-2017
committee:
  quorum: { minimumVoting: 5 }
rules:
  constitution.composition:
    enabled: true
    severity: error
    params:
      requirements:
        - { id: lay-members, label: lay members, categories: [lay], min: 3 }
    guidance: "Our terms of reference, section 3: at least three lay members."
`;

/** A pack with three problems: a requirement with no bounds, min above max, an unknown category. */
export const BROKEN = OURS.replace(
  '        - { id: lay-members, label: lay members, categories: [lay], min: 3 }',
  `        - { id: lay-members, label: lay members, categories: [lay] }
        - { id: execs, label: executives, categories: [executive], min: 3, max: 1 }
        - { id: boards, label: board members, categories: [board], min: 1 }`,
);
