import { posix } from 'node:path';

/**
 * The shape rules of src/, checked over its import graph by `npm run lint` (through
 * check-architecture.ts) and by test/architecture. Everything here is pure: files come in as
 * text with a path relative to src/ ('teams/create-bot.ts'), violations go out as data.
 */

export type SourceFile = { path: string; text: string };

/** An import as written: `import`, `import type`, `export … from` and bare `import '…'`. */
export type ImportRef = { specifier: string; typeOnly: boolean };

/** One file's imports: other files of src/ (resolved) and packages (by package name). */
export type FileImports = { files: string[]; packages: string[] };

export type ImportGraph = ReadonlyMap<string, FileImports>;

/** Files in `in` may not import anything under `notInto`, or (with `onlyInto`) only what is there. */
export type LayerRule = { in: string; notInto?: string[]; onlyInto?: string[]; why: string };

/** `packages` ('name' or 'prefix-*') may be imported only by files under `onlyIn`. */
export type PackageRule = { packages: string[]; onlyIn: string[]; why: string };

export type ArchitectureRules = {
  maxLines: number;
  layers: LayerRule[];
  packages: PackageRule[];
};

export type Violation =
  | { kind: 'circle'; files: string[]; chains: string[][] }
  | { kind: 'long-file'; file: string; lines: number; maxLines: number }
  | { kind: 'layer'; file: string; imports: string; why: string };

const sdk = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai'];

/**
 * Dependencies point inward: teams → replies → services → domain. Storage, the scheduler and the
 * HTTP edge implement or drive services; only app.ts (and dev/) put the pieces together. The
 * package rules of eslint.config.mjs say the same per folder for the editor; this table is the one
 * CI enforces over the whole graph.
 */
export const QUORATE_RULES: ArchitectureRules = {
  maxLines: 350,
  layers: [
    {
      in: 'domain/',
      onlyInto: ['domain/'],
      why: 'domain/ holds pure rules and imports only domain/.',
    },
    {
      in: 'services/',
      notInto: ['teams/', 'replies/', 'storage/', 'scheduler/', 'http/', 'app.ts', 'config.ts'],
      why: 'services/ sees storage only through its ports and knows nothing of Teams or replies.',
    },
    {
      in: 'replies/',
      notInto: ['teams/', 'storage/', 'scheduler/', 'http/', 'app.ts', 'config.ts'],
      why: 'replies/ answers through services and knows nothing of Teams or storage.',
    },
    {
      in: 'cards/',
      notInto: ['teams/', 'replies/', 'storage/', 'scheduler/', 'http/', 'app.ts', 'config.ts'],
      why: 'cards/ renders domain values and knows nothing of Teams, replies or storage.',
    },
    {
      in: 'commands/',
      notInto: ['teams/', 'replies/', 'storage/', 'scheduler/', 'http/', 'app.ts', 'config.ts'],
      why: 'commands/ parses text and knows nothing of Teams, replies or storage.',
    },
    {
      in: 'teams/',
      notInto: ['storage/'],
      why: 'teams/ reaches data through replies and services, never a repository.',
    },
    {
      in: 'storage/',
      notInto: ['teams/', 'replies/'],
      why: 'storage/ implements service ports and knows nothing of Teams or replies.',
    },
  ],
  packages: [
    { packages: sdk, onlyIn: ['teams/'], why: 'Only teams/ may import the Teams SDK.' },
    {
      packages: ['adaptive-expressions'],
      onlyIn: ['teams/', 'domain/quorum.ts'],
      why: 'adaptive-expressions evaluates quorum rules (domain/quorum.ts); elsewhere only teams/ uses it.',
    },
    {
      packages: ['@azure/cosmos'],
      onlyIn: ['storage/', 'dev/'],
      why: 'Only storage/ (and dev/) may import @azure/cosmos.',
    },
  ],
};

const IMPORT_FROM =
  /^[ \t]*(import|export)(\s+type)?\s+(?:[\w*{}\s,$]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/**
 * Static imports and re-exports of one file, read from its text. Only statements that open a line
 * count, so an import quoted in a comment (` * import …`, `// import …`) does not.
 */
export const parseImports = (text: string): ImportRef[] =>
  [...text.matchAll(IMPORT_FROM)].map((m) => ({
    specifier: m[3] ?? '',
    typeOnly: m[2] !== undefined,
  }));

const packageName = (specifier: string): string => {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
};

/** `./x.js` from `teams/a.ts` is `teams/x.ts`; undefined when it names no file of the tree. */
export const resolveImport = (
  from: string,
  specifier: string,
  files: ReadonlySet<string>,
): string | undefined => {
  const joined = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = [joined.replace(/\.js$/, '.ts'), joined, `${joined}.ts`, `${joined}/index.ts`];
  return candidates.find((c) => files.has(c));
};

export const buildImportGraph = (sources: SourceFile[]): ImportGraph => {
  const files = new Set(sources.map((s) => s.path));
  return new Map(
    sources.map((source) => {
      const refs = parseImports(source.text);
      const relative = refs.filter((r) => r.specifier.startsWith('.'));
      const resolved = relative
        .map((r) => resolveImport(source.path, r.specifier, files))
        .filter((f): f is string => f !== undefined);
      const packages = refs
        .filter((r) => !r.specifier.startsWith('.') && !r.specifier.startsWith('node:'))
        .map((r) => packageName(r.specifier));
      return [source.path, { files: [...new Set(resolved)], packages: [...new Set(packages)] }];
    }),
  );
};

/** Tarjan's strongly connected components: the groups of files that reach one another. */
const stronglyConnected = (graph: ImportGraph): string[][] => {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)?.files ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    groups.push(group.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups;
};

/** The shortest import chain from `start` back to itself inside `group`. */
const shortestCircle = (graph: ImportGraph, group: Set<string>, start: string): string[] => {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() ?? start;
    for (const next of [...(graph.get(node)?.files ?? [])].sort()) {
      if (!group.has(next)) continue;
      if (next === start) {
        const chain = [start];
        for (let at = node; at !== start; at = cameFrom.get(at) ?? start) chain.splice(1, 0, at);
        return [...chain, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
};

/**
 * Every import circle: each group of files that all reach one another, with the fewest shortest
 * chains (each ending where it starts) that between them name every file of the group.
 */
export const findCircles = (graph: ImportGraph): { files: string[]; chains: string[][] }[] =>
  stronglyConnected(graph)
    .filter(
      (group) => group.length > 1 || graph.get(group[0] ?? '')?.files.includes(group[0] ?? ''),
    )
    .map((group) => {
      const members = new Set(group);
      const covered = new Set<string>();
      const chains: string[][] = [];
      for (const start of group) {
        if (covered.has(start)) continue;
        const chain = shortestCircle(graph, members, start);
        chain.forEach((f) => covered.add(f));
        chains.push(chain);
      }
      return { files: group, chains };
    });

/** Lines as an editor numbers them: a final newline does not start another line. */
export const countLines = (text: string): number =>
  text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

export const findLongFiles = (sources: SourceFile[], maxLines: number): Violation[] =>
  sources
    .map((s) => ({ file: s.path, lines: countLines(s.text) }))
    .filter((f) => f.lines > maxLines)
    .map((f) => ({ kind: 'long-file', ...f, maxLines }));

const under = (path: string, place: string): boolean =>
  place.endsWith('/') ? path.startsWith(place) : path === place;

const packageMatches = (name: string, pattern: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

export const findLayerBreaches = (graph: ImportGraph, rules: ArchitectureRules): Violation[] =>
  [...graph.entries()].flatMap(([file, imports]): Violation[] => [
    ...rules.layers
      .filter((rule) => under(file, rule.in))
      .flatMap((rule) =>
        imports.files
          .filter(
            (target) =>
              (rule.notInto ?? []).some((place) => under(target, place)) ||
              (rule.onlyInto !== undefined && !rule.onlyInto.some((place) => under(target, place))),
          )
          .map((target) => ({ kind: 'layer' as const, file, imports: target, why: rule.why })),
      ),
    ...rules.packages.flatMap((rule) =>
      imports.packages
        .filter((name) => rule.packages.some((pattern) => packageMatches(name, pattern)))
        .filter(() => !rule.onlyIn.some((place) => under(file, place)))
        .map((name) => ({ kind: 'layer' as const, file, imports: name, why: rule.why })),
    ),
  ]);

export const checkArchitecture = (
  sources: SourceFile[],
  rules: ArchitectureRules = QUORATE_RULES,
): Violation[] => {
  const graph = buildImportGraph(sources);
  return [
    ...findCircles(graph).map((circle): Violation => ({ kind: 'circle', ...circle })),
    ...findLongFiles(sources, rules.maxLines),
    ...findLayerBreaches(graph, rules),
  ];
};

/** A plain line per violation (and one per chain of a circle), paths relative to src/. */
export const describeViolation = (violation: Violation): string => {
  switch (violation.kind) {
    case 'circle':
      return [
        `import circle among ${violation.files.length} files:`,
        ...violation.chains.map((chain) => `    ${chain.join(' -> ')}`),
      ].join('\n');
    case 'long-file':
      return `${violation.file} has ${violation.lines} lines (at most ${violation.maxLines})`;
    case 'layer':
      return `${violation.file} imports ${violation.imports}: ${violation.why}`;
  }
};
