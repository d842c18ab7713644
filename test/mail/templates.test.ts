import { expect } from 'chai';
import { exampleVariables, renderTemplate, templateProblems, TEMPLATES, TEMPLATE_KEYS } from '../../src/mail/templates';

describe('Email templates', () => {
  it('when a shipped template is checked, then it has no problems and renders with its examples', () => {
    for (const key of TEMPLATE_KEYS) {
      const template = TEMPLATES[key];
      expect(templateProblems(template, template), key).to.deep.equal([]);
      const rendered = renderTemplate(template, exampleVariables(template));
      expect(rendered.subject, key).to.not.equal('');
      expect(rendered.text, key).to.not.contain('{{');
    }
  });

  it('when a template names a variable its email does not provide, then the field error names the field and the variable', () => {
    const template = TEMPLATES['round-opened'];
    const errors = templateProblems(template, { subject: 'Due {{dueDate}}', body: template.body });
    expect(errors).to.have.length(1);
    expect(errors[0].field).to.equal('subject');
    expect(errors[0].message).to.contain('{{dueDate}} is not something this email can use').and.contain('{{dueOn}}');
  });

  it('when a template does not compile, then the field error says so', () => {
    const template = TEMPLATES['round-opened'];
    const errors = templateProblems(template, { subject: template.subject, body: 'Dear {{personName}} {{#if x}}' });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ field: 'body' });
    expect(errors[0].message).to.match(/^The body does not compile/);
  });

  it('when a list is used, then its items may use their own fields and nothing else', () => {
    const digest = TEMPLATES['round-overdue-digest'];
    expect(templateProblems(digest, { subject: 'x', body: '{{#each committees}}{{name}}{{#each people}}{{name}} {{../name}}{{/each}}{{/each}}' })).to.deep.equal([]);
    const errors = templateProblems(digest, { subject: 'x', body: '{{#each committees}}{{phone}}{{/each}}' });
    expect(errors[0].message).to.contain('{{phone}}');
    expect(templateProblems(digest, { subject: 'x', body: '{{#each roundName}}{{/each}}' })[0].message).to.contain('needs a list');
  });

  it('when helpers, partials or nested paths are used, then they are refused', () => {
    const template = TEMPLATES['round-opened'];
    for (const body of ['{{lookup personName 1}}', '{{> footer}}', '{{#with personName}}x{{/with}}', '{{personName.first}}', '{{@root.personName}}']) {
      expect(templateProblems(template, { subject: 'x', body }), body).to.have.length(1);
    }
  });

  it('when a name has an apostrophe, then the plain-text email shows it as typed', () => {
    const rendered = renderTemplate({ subject: 'For {{personName}}', body: 'Dear {{personName}} & co' }, { personName: "Dr O'Brien" });
    expect(rendered).to.deep.equal({ subject: "For Dr O'Brien", text: "Dear Dr O'Brien & co" });
  });
});
