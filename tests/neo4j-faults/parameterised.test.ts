// A static check that Cypher text never carries input: every query handed to the driver in
// src/neo4j and src/serve is fixed text, and the only pieces put into it are labels and
// relationship types that pass the guards of src/neo4j/statements.ts. Values go as parameters.
//
// What it checks (with the TypeScript parser, no type checker): the first argument of every call
// named run / executeQuery, and of the wrappers that forward to them (send, sendRows, readAll), is
//   - a string literal or a template literal without interpolation;
//   - a template literal whose interpolations are only `label(…)` / `letterIdType(…)` (which throw
//     on anything outside ENTITY_TYPES / LETTER_ID_TYPES) or ENTITY_PREDICATE (built from ENTITY_TYPES);
//   - a module-level const, or a `S.NAME` / `S.fn(…)` of statements.ts, whose text obeys the rules above;
//   - the text of a .cypher file (`query.cypher`, the statements of readSchemaStatements());
//   - the parameter of one of the forwarding wrappers above, whose own call sites are checked.
// What it does not check: code outside those folders, and string concatenation elsewhere that
// never reaches these calls.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CALLS = new Set(['run', 'executeQuery', 'send', 'sendRows', 'readAll']);
const GUARDS = new Set(['label', 'letterIdType']);
const FIXED = new Set(['ENTITY_PREDICATE']);
const STATEMENTS = 'src/neo4j/statements.ts';

type Source = { file: string; sf: ts.SourceFile };

function parse(file: string, text = readFileSync(file, 'utf8')): Source {
  return { file, sf: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS) };
}

function topConst(src: Source, name: string): ts.Expression | undefined {
  for (const stmt of src.sf.statements) {
    if (!ts.isVariableStatement(stmt) || !(stmt.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return d.initializer;
  }
  return undefined;
}

function topFunctionReturns(src: Source, name: string): ts.Expression[] | undefined {
  for (const stmt of src.sf.statements) {
    if (!ts.isFunctionDeclaration(stmt) || stmt.name?.text !== name || !stmt.body) continue;
    const out: ts.Expression[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isReturnStatement(n) && n.expression) out.push(n.expression);
      else if (!ts.isFunctionLike(n)) n.forEachChild(visit);
    };
    stmt.body.forEachChild(visit);
    return out;
  }
  return undefined;
}

/** The name of the function a node sits in (declaration, or `const name = (…) => …`). */
function enclosingFunctionName(node: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n)) return n.name?.text;
    if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) {
      return n.parent.name.text;
    }
  }
  return undefined;
}

function isParameterOf(node: ts.Identifier): ts.ParameterDeclaration | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n)) {
      const p = n.parameters.find((q) => ts.isIdentifier(q.name) && q.name.text === node.text);
      if (p) return p;
    }
  }
  return undefined;
}

/** Is `for (const <name> of await readSchemaStatements())` the binding of this identifier? */
function isSchemaStatement(node: ts.Identifier): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isForOfStatement(n) && ts.isVariableDeclarationList(n.initializer)) {
      const bound = n.initializer.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === node.text);
      if (bound) return /^await readSchemaStatements\(\)$/.test(n.expression.getText());
    }
  }
  return false;
}

/** Why an expression is not fixed Cypher text, or null when it is. */
function problem(expr: ts.Expression, src: Source, statements: Source): string | null {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return null;
  if (ts.isParenthesizedExpression(expr)) return problem(expr.expression, src, statements);
  if (ts.isTemplateExpression(expr)) {
    for (const span of expr.templateSpans) {
      const e = span.expression;
      const guarded = ts.isCallExpression(e) && ts.isIdentifier(e.expression) && GUARDS.has(e.expression.text);
      const fixed = ts.isIdentifier(e) && FIXED.has(e.text);
      if (!guarded && !fixed) return `interpolates \${${e.getText()}}`;
    }
    return null;
  }
  if (ts.isIdentifier(expr)) {
    const init = topConst(src, expr.text);
    if (init) return problem(init, src, statements);
    if (isSchemaStatement(expr)) return null;
    const param = isParameterOf(expr);
    if (param && CALLS.has(enclosingFunctionName(param) ?? '')) return null; // forwarded: its callers are checked
    return `${expr.text} is neither a constant nor a checked wrapper's parameter`;
  }
  if (ts.isPropertyAccessExpression(expr)) {
    if (expr.getText() === 'query.cypher') return null; // a .cypher file's text, read as is
    if (ts.isIdentifier(expr.expression) && expr.expression.text === 'S') {
      const init = topConst(statements, expr.name.text);
      return init ? problem(init, statements, statements) : `S.${expr.name.text} is not a constant of ${STATEMENTS}`;
    }
  }
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.expression.getText() === 'S') {
    const returns = topFunctionReturns(statements, expr.expression.name.text);
    if (!returns || returns.length === 0) return `${expr.getText()} is not a function of ${STATEMENTS}`;
    for (const r of returns) {
      const p = problem(r, statements, statements);
      if (p) return `${expr.expression.name.text}() ${p}`;
    }
    return null;
  }
  return `${expr.getText()} is not fixed Cypher text`;
}

/** Every driver call in a source file whose query is not fixed text, as `file:line: call — why`. */
function unparameterised(src: Source, statements: Source): string[] {
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      const first = n.arguments[name === 'readAll' ? 1 : 0];
      if (CALLS.has(name) && first) {
        const why = problem(first, src, statements);
        const line = src.sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        if (why) found.push(`${src.file}:${line}: ${n.getText().split('\n')[0]} — ${why}`);
      }
    }
    n.forEachChild(visit);
  };
  visit(src.sf);
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f))
    .sort();
}

describe('Cypher is only ever parameterised', () => {
  const statements = parse(STATEMENTS);

  it('src/neo4j and src/serve pass only fixed Cypher text to the driver', () => {
    const files = [...sources('src/neo4j'), ...sources('src/serve')];
    const checked = files.map((f) => parse(f));
    // The check has something to look at: the loader's, the query command's and the viewer's calls.
    const calls = checked.flatMap((src) => {
      const out: string[] = [];
      const visit = (n: ts.Node): void => {
        if (ts.isCallExpression(n) && CALLS.has(n.expression.getText().split('.').pop() ?? '')) out.push(src.file);
        n.forEachChild(visit);
      };
      visit(src.sf);
      return out;
    });
    expect(new Set(calls)).toEqual(new Set(['src/neo4j/load.ts', 'src/neo4j/query.ts', 'src/serve/fromNeo4j.ts']));
    expect(calls.length).toBeGreaterThan(20);
    expect(checked.flatMap((src) => unparameterised(src, statements))).toEqual([]);
  });

  it('flags input spliced into a query, by interpolation or concatenation', () => {
    const bad = parse(
      'bad.ts',
      [
        'const name = process.argv[2];',
        'await tx.run(`MATCH (e {name: "${name}"}) RETURN e`);',
        "await session.run('MATCH (e) WHERE e.name = \"' + name + '\" RETURN e');",
        'await driver.executeQuery(`MATCH (e:${label(x)}) RETURN e`);',
        'async function helper(cypher: string) { await tx.run(cypher); }',
        'await run(S.NOT_THERE, {});',
      ].join('\n'),
    );
    const found = unparameterised(bad, statements);
    expect(found).toEqual([
      expect.stringMatching(/^bad\.ts:2: .* — interpolates \$\{name\}$/),
      expect.stringMatching(/^bad\.ts:3: .* — .* is not fixed Cypher text$/),
      expect.stringMatching(/^bad\.ts:5: .* — cypher is neither a constant nor a checked wrapper's parameter$/),
      expect.stringMatching(/^bad\.ts:6: .* — S\.NOT_THERE is not a constant of src\/neo4j\/statements\.ts$/),
    ]);
  });
});

describe('the reading paths open only read sessions', () => {
  // `lettergraph query` (src/neo4j/query.ts) and `serve --neo4j` (src/serve): every session is a READ
  // session used through executeRead, so the server itself refuses any write (AccessMode), whatever
  // the Cypher. The query command's refusal is shown against the server in tests/neo4j/cli.test.ts.
  const WRITE_APIS = /\b(executeWrite|writeTransaction|beginTransaction|executeQuery)\(|\bsession\.run\(/;

  for (const file of ['src/neo4j/query.ts', ...sources('src/serve')]) {
    it(file, () => {
      const src = parse(file);
      const sessions: string[] = [];
      const visit = (n: ts.Node): void => {
        if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'session') {
          sessions.push(n.getText());
        }
        n.forEachChild(visit);
      };
      visit(src.sf);
      for (const s of sessions) expect(s).toMatch(/^\w+\.session\(\{ defaultAccessMode: neo4j\.session\.READ \}\)$/);
      expect(src.sf.text).not.toMatch(WRITE_APIS);
      if (sessions.length > 0) expect(src.sf.text).toMatch(/\.executeRead\(/);
    });
  }

  it('src/neo4j/query.ts opens sessions and src/serve/fromNeo4j.ts reads through it (the check above is not vacuous)', () => {
    expect(readFileSync('src/neo4j/query.ts', 'utf8')).toMatch(/\.session\(\{ defaultAccessMode: neo4j\.session\.READ \}\)/);
    expect(readFileSync('src/serve/fromNeo4j.ts', 'utf8')).toMatch(/\breadWithTimeout\(driver, /);
  });
});
