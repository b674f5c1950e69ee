/** Jest: unit and integration tests under tests/, mirroring src/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json', diagnostics: false }]
  },
  // PnPjs v4, uuid and commander ship ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|uuid|commander)/)'],
  setupFiles: ['<rootDir>/tests/support/setupTests.ts'],
  collectCoverage: true,
  collectCoverageFrom: ['src/domain/**/*.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { './src/domain/': { lines: 90 } }
};
