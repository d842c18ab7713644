import { expect } from 'chai';
import { normaliseOrganisationName as normalise } from '../../src/engine/names';

describe('engine organisation-name normalisation', () => {
  it('when names differ only by case, punctuation, "the", "ltd"/"limited" and "surgery"/"practice"/"medical centre", then they match', () => {
    expect(normalise('The Example Surgery Ltd.')).to.equal('example');
    expect(normalise('EXAMPLE PRACTICE')).to.equal('example');
    expect(normalise('Example Medical Centre Limited')).to.equal('example');
    expect(normalise('Smith & Jones Medical Centre')).to.equal(normalise('smith and jones surgery'));
    expect(normalise('EXAMPLE & Co Medical Centre')).to.equal(normalise('Example and Co. Ltd'));
    expect(normalise('  St. Mary’s   Surgery ')).to.equal('st mary s');
  });

  it('when a name keeps a distinguishing word, then it does not match', () => {
    expect(normalise('Example Surgery Ltd')).not.to.equal(normalise('EXAMPLE & Co Medical Centre'));
    expect(normalise('Example Health Centre')).not.to.equal(normalise('Example Surgery'));
    expect(normalise('Medical Example')).to.equal('medical example');
  });

  it('when a name is only dropped words, then it normalises to nothing', () => {
    expect(normalise('The Surgery')).to.equal('');
    expect(normalise('&')).to.equal('and');
  });
});
