/**
 * The networked class's pages: a student's seat and the teacher's view of every table. Loaded by
 * class.html only, so the game alone carries none of it (nor the socket.io client).
 */
export { type ClassPageHost, mountClassPage } from './class-page.ts';
