import { expect } from 'chai';
import { loadConfig } from '../src/config';

describe('Configuration from the environment', () => {
  const oidc = { OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0', OIDC_CLIENT_ID: 'coi-register', OIDC_CLIENT_SECRET: 'secret' };

  it('when the three OIDC settings are given, then sign-in with the provider is configured, named NHSmail unless told otherwise', () => {
    expect(loadConfig(oidc).oidc).to.deep.equal({ issuer: oidc.OIDC_ISSUER, clientId: 'coi-register', clientSecret: 'secret', providerName: 'NHSmail' });
    expect(loadConfig({ ...oidc, OIDC_PROVIDER_NAME: 'Trust account' }).oidc?.providerName).to.equal('Trust account');
    expect(loadConfig({}).oidc).to.equal(undefined);
  });

  it('when only some OIDC settings are given, then start-up is refused naming those missing', () => {
    expect(() => loadConfig({ OIDC_ISSUER: oidc.OIDC_ISSUER })).to.throw('OIDC_CLIENT_ID, OIDC_CLIENT_SECRET not set');
  });

  it('when the issuer is plain http, then it is refused unless the provider is on this machine', () => {
    expect(() => loadConfig({ ...oidc, OIDC_ISSUER: 'http://login.example.org' })).to.throw('OIDC_ISSUER must be an https address');
    expect(loadConfig({ ...oidc, OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc?.issuer).to.equal('http://127.0.0.1:4000');
  });

  it('when LOG_LEVEL is not a level, then start-up is refused naming it', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).to.throw('"LOG_LEVEL" must be one of');
    expect(() => loadConfig({ LOG_LEVEL: 'debug' })).not.to.throw();
  });
});
