"""Import PySide6 first, and make its look at every later module cheap.

Once imported, PySide6 looks at each module imported after it, once, to learn whether the
module uses PySide6 (for its ``__feature__`` switches, which breathe does not use): it
reads the module's whole source with ``inspect.getsource``, which also keeps every line
in ``linecache`` for the life of the process. For the ~200 modules a session imports that
was 15 to 20 ms before the first paint and 4.7 MB of memory kept. Searching the file's
bytes for the same word gives the same answer at a fraction of the cost, and keeps
nothing. If a PySide6 release moves that hook, this changes nothing and breathe runs
as before (only slower to start).
"""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from types import ModuleType

#: the word PySide6 itself searches each module's source for
WORD = b"PySide6"


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file mentions PySide6 (False without a source file)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, compiled, or only bytecode: PySide6 cannot read it either
    try:
        return WORD in Path(path).read_bytes()
    except OSError:
        return False


def import_qt() -> bool:
    """Import PySide6 and put ``uses_pyside`` in place of its source scan.

    Returns whether it could (False: a PySide6 without that hook; nothing changed).
    """
    import PySide6  # noqa: F401 - installs the import hook looked for below

    linecache.clearcache()  # the sources PySide6 read while it imported itself
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a private name
    return True
