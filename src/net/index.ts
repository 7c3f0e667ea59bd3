/**
 * The browser's end of the class server, over socket.io: a student's seat and the teacher's page.
 * Only the class page (class.html) loads it; the game alone never does.
 */
export { ClassSeat, type ClassSeatOptions, joinClass, type Listener } from './class-seat.ts';
export { ClassTeacher, type OverviewListener } from './class-teacher.ts';
