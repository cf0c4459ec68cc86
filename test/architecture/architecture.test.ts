import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchitectureRules, SourceFile } from '../../src/dev/architecture.js';
import {
  QUORATE_RULES,
  buildImportGraph,
  checkArchitecture,
  countLines,
  describeViolation,
  findCircles,
  parseImports,
} from '../../src/dev/architecture.js';
import { readSourceTree } from '../../src/dev/read-source-tree.js';

/** A synthetic tree: each file imports the listed files of the tree (paths relative to src/). */
const tree = (imports: Record<string, string[]>): SourceFile[] =>
  Object.entries(imports).map(([path, targets]) => ({
    path,
    text: targets
      .map((t, i) => {
        const specifier = t.startsWith('pkg:') ? t.slice(4) : relativeSpecifier(path, t);
        return `import { x${i} } from '${specifier}';`;
      })
      .join('\n'),
  }));

const relativeSpecifier = (from: string, to: string): string => {
  const up = from.split('/').length - 1;
  return `${up === 0 ? './' : '../'.repeat(up)}${to.replace(/\.ts$/, '.js')}`;
};

/** Each circle's chains, circles in order of their first file. */
const circlesOf = (imports: Record<string, string[]>): string[][][] =>
  findCircles(buildImportGraph(tree(imports)))
    .sort((p, q) => (p.files[0] ?? '').localeCompare(q.files[0] ?? ''))
    .map((c) => c.chains);

describe('parseImports', () => {
  it.each([
    ["import { a } from './a.js';", [{ specifier: './a.js', typeOnly: false }]],
    ["import type { A } from '../domain/a.js';", [{ specifier: '../domain/a.js', typeOnly: true }]],
    ["export { a } from './a.js';", [{ specifier: './a.js', typeOnly: false }]],
    ["export type { A } from './a.js';", [{ specifier: './a.js', typeOnly: true }]],
    ["export * from './all.js';", [{ specifier: './all.js', typeOnly: false }]],
    ["import * as chrono from 'chrono-node';", [{ specifier: 'chrono-node', typeOnly: false }]],
    ["import './side-effect.js';", [{ specifier: './side-effect.js', typeOnly: false }]],
    [
      "import {\n  a,\n  type B,\n} from './many.js';",
      [{ specifier: './many.js', typeOnly: false }],
    ],
    ["// import { a } from './commented.js';", []],
    [" * import { a } from './in-a-doc-comment.js';", []],
    ["export const from = 'not an import';", []],
  ])('%j', (text, expected) => {
    expect(parseImports(text)).toEqual(expected);
  });
});

describe('findCircles', () => {
  it.each<{ name: string; imports: Record<string, string[]>; circles: string[][][] }>([
    {
      name: 'a chain has none',
      imports: { 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': [] },
      circles: [],
    },
    {
      name: 'a diamond has none',
      imports: { 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['d.ts'], 'c.ts': ['d.ts'], 'd.ts': [] },
      circles: [],
    },
    {
      name: 'two files importing each other',
      imports: { 'a.ts': ['b.ts'], 'b.ts': ['a.ts'] },
      circles: [[['a.ts', 'b.ts', 'a.ts']]],
    },
    {
      name: 'three files across folders',
      imports: {
        'teams/a.ts': ['services/b.ts'],
        'services/b.ts': ['domain/c.ts'],
        'domain/c.ts': ['teams/a.ts'],
        'domain/d.ts': ['domain/c.ts'],
      },
      circles: [[['domain/c.ts', 'teams/a.ts', 'services/b.ts', 'domain/c.ts']]],
    },
    {
      name: 'a file importing itself',
      imports: { 'a.ts': ['a.ts'] },
      circles: [[['a.ts', 'a.ts']]],
    },
    {
      name: 'two circles through one file are one group, every file named',
      imports: { 'hub.ts': ['x.ts', 'y.ts'], 'x.ts': ['hub.ts'], 'y.ts': ['hub.ts'] },
      circles: [
        [
          ['hub.ts', 'x.ts', 'hub.ts'],
          ['y.ts', 'hub.ts', 'y.ts'],
        ],
      ],
    },
    {
      name: 'two separate circles',
      imports: { 'a.ts': ['b.ts'], 'b.ts': ['a.ts'], 'c.ts': ['d.ts'], 'd.ts': ['c.ts'] },
      circles: [[['a.ts', 'b.ts', 'a.ts']], [['c.ts', 'd.ts', 'c.ts']]],
    },
  ])('$name', ({ imports, circles }) => {
    expect(circlesOf(imports)).toEqual(circles);
  });

  it('counts type-only imports and re-exports as edges', () => {
    const sources: SourceFile[] = [
      { path: 'a.ts', text: "import type { B } from './b.js';" },
      { path: 'b.ts', text: "export { a } from './a.js';" },
    ];
    expect(findCircles(buildImportGraph(sources))).toEqual([
      { files: ['a.ts', 'b.ts'], chains: [['a.ts', 'b.ts', 'a.ts']] },
    ]);
  });
});

const rules: ArchitectureRules = {
  maxLines: 3,
  layers: [
    { in: 'domain/', onlyInto: ['domain/'], why: 'domain is pure' },
    { in: 'services/', notInto: ['teams/', 'app.ts'], why: 'inward only' },
  ],
  packages: [
    { packages: ['botbuilder', 'botframework-*'], onlyIn: ['teams/'], why: 'SDK in teams' },
  ],
};

describe('checkArchitecture', () => {
  it.each<{ name: string; imports: Record<string, string[]>; found: string[] }>([
    {
      name: 'a clean tree',
      imports: {
        'teams/t.ts': ['services/s.ts'],
        'services/s.ts': ['domain/d.ts'],
        'domain/d.ts': [],
      },
      found: [],
    },
    {
      name: 'domain importing a service',
      imports: { 'domain/d.ts': ['services/s.ts'], 'services/s.ts': [] },
      found: ['domain/d.ts imports services/s.ts: domain is pure'],
    },
    {
      name: 'a service importing teams and the composition root',
      imports: { 'services/s.ts': ['teams/t.ts', 'app.ts'], 'teams/t.ts': [], 'app.ts': [] },
      found: [
        'services/s.ts imports teams/t.ts: inward only',
        'services/s.ts imports app.ts: inward only',
      ],
    },
    {
      name: 'teams importing services and the SDK',
      imports: { 'teams/t.ts': ['services/s.ts', 'pkg:botbuilder'], 'services/s.ts': [] },
      found: [],
    },
    {
      name: 'the SDK (or a sub-path of it) outside teams',
      imports: { 'cards/c.ts': ['pkg:botbuilder/lib/x', 'pkg:botframework-schema', 'pkg:zod'] },
      found: [
        'cards/c.ts imports botbuilder: SDK in teams',
        'cards/c.ts imports botframework-schema: SDK in teams',
      ],
    },
  ])('$name', ({ imports, found }) => {
    expect(checkArchitecture(tree(imports), rules).map(describeViolation)).toEqual(found);
  });

  it.each([
    { text: 'one\ntwo\nthree\n', lines: 3, long: false },
    { text: 'one\ntwo\nthree', lines: 3, long: false },
    { text: 'one\ntwo\nthree\nfour\n', lines: 4, long: true },
    { text: '', lines: 0, long: false },
  ])('a file of $lines lines is too long: $long', ({ text, lines, long }) => {
    expect(countLines(text)).toBe(lines);
    expect(
      checkArchitecture([{ path: 'services/s.ts', text }], rules).map(describeViolation),
    ).toEqual(long ? [`services/s.ts has ${lines} lines (at most 3)`] : []);
  });

  it('names every file of a circle in its description', () => {
    const [circle] = checkArchitecture(tree({ 'a.ts': ['b.ts'], 'b.ts': ['a.ts'] }), rules);
    expect(circle === undefined ? '' : describeViolation(circle)).toBe(
      'import circle among 2 files:\n    a.ts -> b.ts -> a.ts',
    );
  });
});

describe('src/', () => {
  it('has no import circle, no file over 350 lines and no layer breach', async () => {
    const src = resolve(__dirname, '../../src');
    const sources = await readSourceTree(src);
    expect(sources.length).toBeGreaterThan(100);
    const problems = checkArchitecture(sources, QUORATE_RULES).map(describeViolation);
    expect(problems, `architecture problems in src/:\n${problems.join('\n')}`).toEqual([]);
  });
});
