// Scenario files handed to the app by the system: which arguments are files to open, and the queue the window
// takes them from.
import { describe, expect, it, vi } from 'vitest';
import { createOpenRequests, scenarioPathsIn } from '../../../electron/services/open-requests';

describe('scenario files on a command line', () => {
  it.each([
    ['a double-click (an absolute path)', ['/opt/Puente/puente', '/home/ana/Plan.puente.json'], '/', ['/home/ana/Plan.puente.json']],
    ['a second launch from a folder (a relative path)', ['/opt/Puente/puente', 'Plan.puente.json'], '/home/ana', ['/home/ana/Plan.puente.json']],
    ['the dev launcher and Chromium flags', ['/x/electron', '.', '--no-sandbox', '--inspect=9229', 'a.puente.json'], '/w', ['/w/a.puente.json']],
    ['a plain .json scenario', ['/opt/Puente/puente', '/tmp/Shared.JSON'], '/', ['/tmp/Shared.JSON']],
    ['nothing to open', ['/opt/Puente/puente'], '/', []],
    ['files that are not scenarios', ['/opt/Puente/puente', '/etc/passwd', 'notes.txt', 'plan.puente.json.exe'], '/', []],
  ])('%s', (_label, argv, cwd, expected) => {
    expect(scenarioPathsIn(argv, cwd)).toEqual(expected);
  });
});

describe('open requests', () => {
  it('queues each file as a library reference, wakes the window and brings it forward; taken once', () => {
    const wake = vi.fn();
    const focus = vi.fn();
    const requests = createOpenRequests({ adopt: (path) => (path.startsWith('/') ? `ref:${path}` : null), wake, focus });
    requests.open(['/a.puente.json', '/b.puente.json']);
    expect(wake).toHaveBeenCalledTimes(1);
    expect(focus).toHaveBeenCalledTimes(1);
    expect(requests.take()).toEqual(['ref:/a.puente.json', 'ref:/b.puente.json']);
    expect(requests.take()).toEqual([]);
  });

  it('an empty request (a plain second launch) only brings the window forward', () => {
    const wake = vi.fn();
    const focus = vi.fn();
    createOpenRequests({ adopt: () => 'x', wake, focus }).open([]);
    expect(wake).not.toHaveBeenCalled();
    expect(focus).toHaveBeenCalledTimes(1);
  });
});
