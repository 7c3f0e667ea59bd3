/** The class server: socket.io over the engine, with the class kept in SQLite (one process) or Redis (several). */
export { type Changed, Classroom, hashToken, type Notice, type SeatPlace } from './classroom.ts';
export { RedisStore } from './redis-store.ts';
export { SCENARIOS_DIR, shippedScenarios } from './scenarios.ts';
export { type ClassServer, type ClassServerOptions, startClassServer } from './server.ts';
export { SqliteStore } from './sqlite-store.ts';
export type { ClassStore, StoredClass, StoredTable, TableChange } from './store.ts';
