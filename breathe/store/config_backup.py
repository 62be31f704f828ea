"""One file holding settings, pain map and programmes, to keep or to move to a new computer."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from breathe.language import gettext
from breathe.store.atomic import write_json_atomic
from breathe.store.config_file import ConfigFile
from breathe.store.errors import ConfigError
from breathe.store.painmap import PainMap
from breathe.store.programmes import Programmes
from breathe.store.settings import Settings

log = logging.getLogger(__name__)

FORMAT = "breathe-config"
VERSION = 1
PARTS: dict[str, type[ConfigFile]] = {
    "settings": Settings,
    "painmap": PainMap,
    "programmes": Programmes,
}


def backup_config(dest_file: Path) -> None:
    """Write the current settings, pain map and programmes to ``dest_file`` (atomically).

    The folder must exist; it is left as it is (it may be one the person chose).

    Raises:
        OSError: the file could not be written.
    """
    bundle: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    for key, kind in PARTS.items():
        bundle[key] = kind.load().to_file()
    write_json_atomic(dest_file, bundle, private_dir=False)
    log.info("configuration backed up to %s", dest_file)


def restore_config(src_file: Path) -> None:
    """Replace settings, pain map and programmes with those in ``src_file``.

    Everything is checked first: nothing is replaced unless the whole file is valid.

    Raises:
        ConfigError: the file cannot be read or is not a valid backup (one-line message).
        OSError: a checked part could not be written.
    """
    try:
        bundle = json.loads(src_file.read_text(encoding="utf-8"))
    except OSError as exc:
        message = gettext("could not read {file}: {reason}")
        raise ConfigError(message.format(file=src_file, reason=exc.strerror or exc)) from exc
    except ValueError as exc:
        message = gettext("{file} is not a breathe settings backup: {detail}")
        raise ConfigError(message.format(file=src_file, detail=exc)) from exc
    if not isinstance(bundle, dict) or bundle.get("format") != FORMAT:
        message = gettext("{file} is not a breathe settings backup")
        raise ConfigError(message.format(file=src_file))
    version = bundle.get("version")
    if type(version) is not int or not 1 <= version <= VERSION:
        message = gettext(
            "{file} was made by a newer breathe (format {version}); update breathe to restore it"
        )
        raise ConfigError(message.format(file=src_file, version=repr(version)))
    parts: list[ConfigFile] = []
    for key, kind in PARTS.items():
        section = bundle.get(key)
        if not isinstance(section, dict):
            # Translators: {part} is a part of the backup file: settings, painmap or programmes
            message = gettext("{file} has no {part} section, so nothing was restored")
            raise ConfigError(message.format(file=src_file, part=key))
        try:
            parts.append(kind.from_json(section, strict=True))
        except ConfigError as exc:
            message = gettext("{file}: {part}: {problem}; nothing was restored")
            raise ConfigError(message.format(file=src_file, part=key, problem=exc)) from exc
    for part in parts:
        part.save(part.default_path())
    log.info("configuration restored from %s", src_file)
