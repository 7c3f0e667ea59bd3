/**
 * Drag and drop of a scenario file anywhere on the page (or of result files on the class page).
 * While files are dragged over the title screen or the class page a full-page drop zone says what
 * dropping will do; on other screens a drop is refused, so
 * that a stray file never makes the browser leave the game to show it. The keyboard way to the
 * same thing is the "Open a scenario file…" button.
 */

/** What the listeners need. */
export interface DropHost {
  /** Whether drops are taken now (the title screen is up). */
  readonly accepting: () => boolean;
  /** Shows or hides the drop zone over the page. */
  readonly setOver: (over: boolean) => void;
  /** The files dropped (the title screen takes the first, the class page every one). */
  readonly onFiles: (files: readonly File[]) => void;
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Listens on `target` (the window); returns the function that stops listening. */
export function listenForDrops(target: Window, host: DropHost): () => void {
  // dragenter and dragleave fire for every element crossed: count them to know when the
  // pointer has really left the page.
  let depth = 0;
  const over = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    const taking = host.accepting();
    if (event.dataTransfer) event.dataTransfer.dropEffect = taking ? 'copy' : 'none';
    if (event.type === 'dragenter') depth += 1;
    host.setOver(taking);
  };
  const leave = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) host.setOver(false);
  };
  const drop = (event: DragEvent) => {
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length === 0 && !carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    host.setOver(false);
    if (files.length > 0 && host.accepting()) host.onFiles(files);
  };
  const listeners: [string, (event: DragEvent) => void][] = [
    ['dragenter', over],
    ['dragover', over],
    ['dragleave', leave],
    ['drop', drop],
  ];
  for (const [type, listener] of listeners) target.addEventListener(type, listener as EventListener);
  return () => {
    for (const [type, listener] of listeners) target.removeEventListener(type, listener as EventListener);
  };
}
