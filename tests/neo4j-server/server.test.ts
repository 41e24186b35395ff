import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jSettingsFromEnv } from '../../src/neo4j/config.js';

// Runs against the real server that tests/setup/neo4j.global.ts made sure is up.
const settings = neo4jSettingsFromEnv();
let driver: Driver;

beforeAll(() => {
  driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
});

afterAll(async () => {
  await driver.close();
});

describe('the Neo4j server tests and users run', () => {
  it('is Neo4j 5.26 LTS Community', async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.get('name')).toBe('Neo4j Kernel');
    expect(records[0]?.get('edition')).toBe('community');
    expect(records[0]?.get('version')).toMatch(/^5\.26\.\d+$/);
  });

  it('writes and reads back in a transaction that leaves nothing behind', async () => {
    const session = driver.session();
    const tx = await session.beginTransaction();
    try {
      const result = await tx.run('CREATE (n:ServerProbe {text: $text}) RETURN n.text AS text', { text: '答复函' });
      expect(result.records[0]?.get('text')).toBe('答复函');
    } finally {
      await tx.rollback();
      await session.close();
    }
  });

  it('refuses a wrong password', async () => {
    const wrong = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, `${settings.password}-wrong`), {
      maxTransactionRetryTime: 0,
    });
    try {
      await expect(wrong.executeQuery('RETURN 1')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await wrong.close();
    }
  });
});
