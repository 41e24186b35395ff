// Bodies renamed by the 2018–2019 reform: after a load, every pair of Agency nodes the succession
// table (data/renamed-bodies.json) links gets a RENAMED_TO relationship, old → new. The two stay two
// nodes; the orphan sweep ignores these links, so a body no letter names any more still goes.
import type { Driver } from 'neo4j-driver';
import { renamedPairs } from '../identity/successions.js';

const AGENCY_NAMES = `MATCH (a:Agency) RETURN a.name AS name`;

export const MERGE_RENAMED = `
UNWIND $pairs AS pair
MATCH (a:Agency {name: pair.from})
MATCH (b:Agency {name: pair.to})
MERGE (a)-[r:RENAMED_TO]->(b)
SET r.reform = pair.reform`;

/** Links renamed bodies; returns the number of links the graph holds for them. */
export async function linkRenamedBodies(driver: Driver): Promise<number> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const names = (await tx.run(AGENCY_NAMES)).records.map((r) => r.get('name') as string);
      const pairs = renamedPairs(names);
      if (pairs.length > 0) await tx.run(MERGE_RENAMED, { pairs });
      return pairs.length;
    });
  } finally {
    await session.close();
  }
}
