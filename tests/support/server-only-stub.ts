// Stand-in for the `server-only` marker package in tests: services are server code, and tests run
// them in Node directly, where the marker has nothing to protect.
export {};
