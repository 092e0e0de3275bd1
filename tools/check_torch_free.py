#!/usr/bin/env python3
"""Fails when an object of the given targets was compiled with a LibTorch header.

The widgets and the GUI use only core's torch-free headers (docs/architecture.md): they do not
even get LibTorch's include directories, but ATen/ and c10/ sit in /usr/include on Debian, so
this reads the headers ninja recorded for every object (`ninja -t deps`) to be sure.

usage: check_torch_free.py BUILD_DIR TARGET_DIR... [--ninja PATH]
TARGET_DIR: an object folder relative to BUILD_DIR, e.g. widgets/CMakeFiles/trainscope_widgets.dir
A header that a precompiled header already brought in is not recorded again for the objects that
use it: list the folder that builds the PCH too (for the GUI, the widgets' folder, whose PCH it
reuses). For the same reason this cannot see the CLI's torch use (it reuses the core's PCH).
"""
import re
import subprocess
import sys

TORCH = re.compile(r'(^|/)(torch|ATen|c10|caffe2)/')


def main(argv):
    ninja = 'ninja'
    if '--ninja' in argv:
        i = argv.index('--ninja')
        ninja = argv[i + 1]
        del argv[i:i + 2]
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    build, targets = argv[0], [t.rstrip('/') + '/' for t in argv[1:]]
    out = subprocess.run([ninja, '-C', build, '-t', 'deps'], capture_output=True, text=True, check=True).stdout
    objects = {}  # object -> torch headers it read
    current = None
    for line in out.splitlines():
        if line and not line[0].isspace():
            obj = line.split(':', 1)[0]
            current = obj if any(obj.startswith(t) for t in targets) else None
            if current is not None:
                objects[current] = []
        elif current is not None and TORCH.search(line.strip()):
            objects[current].append(line.strip())
    missing = [t for t in targets if not any(o.startswith(t) for o in objects)]
    if missing:
        print('no recorded objects under ' + ', '.join(missing) + ' (build them first)', file=sys.stderr)
        return 1
    leaks = {o: h for o, h in objects.items() if h}
    for o, h in sorted(leaks.items()):
        print(f'{o}: {len(h)} LibTorch headers, first {h[0]}')
    print(f'{len(leaks)} of {len(objects)} objects compiled LibTorch headers')
    return 1 if leaks else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
