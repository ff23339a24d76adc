/**
 * The architecture, enforced (`npm run lint`). Dependencies point one way:
 * app -> features -> server -> domain. See docs/architecture.md.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "An import cycle makes modules impossible to understand (or load) one at a time.",
      from: { path: "^src/" },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "domain-is-pure",
      severity: "error",
      comment:
        "src/domain holds the law as pure functions: no database, no framework, no plumbing, so every rule is unit-tested with plain data.",
      from: { path: "^src/domain/" },
      to: {
        path: "^(src/(server|features|app|components|cli)/|generated/|node_modules/(next|react|react-dom|@prisma|@electric-sql|pg|next-auth|next-intl|nodemailer)/)",
      },
    },
    {
      name: "server-does-not-know-features",
      severity: "error",
      comment:
        "src/server is plumbing shared by every feature; where it needs a feature, the feature registers itself and the server calls it.",
      from: { path: "^src/server/" },
      to: { path: "^src/(features|app)/" },
    },
    {
      name: "features-through-their-entry",
      severity: "error",
      comment:
        "A feature uses another feature only through its public entries: index.ts (server code), client.ts (client-safe code) and schemas.ts (its input contract); everything else is private to it.",
      from: { path: "^src/features/([^/]+)/" },
      to: {
        path: "^src/features/([^/]+)/.+",
        pathNot: ["^src/features/$1/", "^src/features/[^/]+/(index|client|schemas)\\.tsx?$"],
      },
    },
    {
      name: "nothing-imports-routes",
      severity: "error",
      comment: "src/app holds routes only; shared code lives in features, server or components.",
      from: { path: "^src/(domain|server|features|components|cli)/" },
      to: { path: "^src/app/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(generated|\\.next)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
