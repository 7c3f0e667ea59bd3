/** The class server: socket.io over the engine, with the class kept in SQLite. */
export { type Changed, Classroom, hashToken, type SeatPlace } from './classroom.ts';
export { SCENARIOS_DIR, shippedScenarios } from './scenarios.ts';
export { type ClassServer, type ClassServerOptions, startClassServer } from './server.ts';
export { ClassStorage } from './storage.ts';
