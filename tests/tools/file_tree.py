"""The files below a folder, to show that a command changed nothing (or exactly what it should)."""
import os


def snapshot(folder):
    """{relative path: (bytes, mtime_ns)} of every file below `folder`."""
    out = {}
    for root, _, files in os.walk(folder):
        for f in files:
            path = os.path.join(root, f)
            with open(path, "rb") as fh:
                out[os.path.relpath(path, folder)] = (fh.read(), os.stat(path).st_mtime_ns)
    return out
