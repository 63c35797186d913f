import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from './config.ts';

describe('configuration', () => {
  it('points links at the port the hub listens on when PUBLIC_URL is unset', () => {
    assert.equal(readConfig({}).publicUrl, 'http://localhost:3000');
    assert.equal(readConfig({ PORT: '8080' }).publicUrl, 'http://localhost:8080');
    assert.equal(readConfig({ PORT: '8080', PUBLIC_URL: '' }).publicUrl, 'http://localhost:8080');
  });

  it('takes PUBLIC_URL as given, without its last slash, and turns on secure cookies for https', () => {
    const config = readConfig({ PORT: '8080', PUBLIC_URL: 'https://care.example.org/' });
    assert.equal(config.publicUrl, 'https://care.example.org');
    assert.equal(config.isSecureCookie, true);
    assert.equal(readConfig({}).isSecureCookie, false);
  });

  it('refuses a setting it cannot read, naming it', () => {
    assert.throws(() => readConfig({ PUBLIC_URL: 'not a url' }), /PUBLIC_URL/);
    assert.throws(() => readConfig({ PORT: 'eighty' }), /PORT/);
  });

  it('keeps the reply listener off unless SMTP_INBOUND_PORT is set, and refuses a reply domain it cannot use', () => {
    assert.equal(readConfig({}).inbound.port, undefined);
    assert.equal(readConfig({}).inbound.replyDomain, 'localhost');
    assert.equal(readConfig({ SMTP_INBOUND_PORT: '2525' }).inbound.port, 2525);
    assert.throws(() => readConfig({ SMTP_REPLY_DOMAIN: 'reply@example.org' }), /SMTP_REPLY_DOMAIN/);
    assert.throws(() => readConfig({ SMTP_INBOUND_PORT: 'smtp' }), /SMTP_INBOUND_PORT/);
  });
});
