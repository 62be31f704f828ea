"""A small screen-reader stand-in: reads breathe through AT-SPI, as Orca would.

Run by ``test_screen_reader.py`` under a Python that has Debian's ``gi`` and ``pyatspi``
(``/usr/bin/python3``), on a private session bus with the accessibility bus up; never
imported by the tests themselves (libatspi aborts a process that has no bus to talk to).

It answers one JSON command a line on stdin with one JSON line on stdout:

- ``{"op": "attach", "pid": N}``: find the application with that process id.
- ``{"op": "tree"}``: every node shown (under shown parents; scrolled out of view counts,
  as a screen reader reads it): role, name, description, states, value, actions, the
  names of the labels that label it.
- ``{"op": "find", "role": R, "name": N, "timeout": S}``: wait until such a node shows
  (``"gone": true``: until none does); a name ending in ``*`` matches by its start.
- ``{"op": "act", "role": R, "name": N, "action": A}``: do a node's action (``Press``...).
- ``{"op": "text", "role": R, "name": N, "text": T}``: replace an editable text's contents.
- ``{"op": "focus"}``: the node that has the keyboard focus.
- ``{"op": "events", "clear": true}``: the announcements and name changes heard so far.
- ``{"op": "pump", "seconds": S}``: let events arrive.

Listeners are registered before the application starts: Qt sends only the kinds of event
a client has asked for, and learns of a new registration a little later.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

Atspi.set_timeout(5000, 20000)  # the 800 ms default is tight on two busy cores
VISIBLE = Atspi.StateType.VISIBLE  # shown, or scrolled out of view (a reader still reads it)
EVENT_KINDS = (
    "object:announcement",
    "object:property-change:accessible-name",
    "object:state-changed:focused",
)

events: list[dict[str, Any]] = []
found: dict[str, Any] = {}  # "app": the application being read


def _describe_source(source: Any) -> tuple[str, str]:
    try:
        return source.get_role_name(), source.get_name() or ""
    except GLib.Error:
        return "", ""


def _heard(event: Any) -> None:
    role, name = _describe_source(event.source)
    data = event.any_data
    events.append(
        {
            "type": event.type,
            "role": role,
            "name": name,
            "detail1": event.detail1,
            "data": data if isinstance(data, str) else None,
        }
    )


listener = Atspi.EventListener.new(_heard)
for kind in EVENT_KINDS:
    listener.register(kind)


def pump(seconds: float) -> None:
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.iteration(False):
            pass
        time.sleep(0.01)


def _showing(node: Any) -> bool:
    try:
        return bool(node.get_state_set().contains(VISIBLE))
    except GLib.Error:
        return False


def _nodes(node: Any) -> list[Any]:
    """``node``'s showing descendants, not looking under a node that does not show."""
    found = []
    try:
        count = node.get_child_count()
    except GLib.Error:
        return found
    for index in range(count):
        try:
            child = node.get_child_at_index(index)
        except GLib.Error:
            continue
        if child is None or not _showing(child):
            continue
        found.append(child)
        found.extend(_nodes(child))
    return found


def _states(node: Any) -> list[str]:
    states = node.get_state_set()
    return [
        s.value_nick
        for s in (
            Atspi.StateType.FOCUSED,
            Atspi.StateType.FOCUSABLE,
            Atspi.StateType.CHECKED,
            Atspi.StateType.CHECKABLE,
            Atspi.StateType.PRESSED,
            Atspi.StateType.SELECTED,
            Atspi.StateType.ENABLED,
            Atspi.StateType.SENSITIVE,
            Atspi.StateType.EDITABLE,
            Atspi.StateType.ACTIVE,
            Atspi.StateType.SHOWING,
        )
        if states.contains(s)
    ]


def _info(node: Any) -> dict[str, Any]:
    info: dict[str, Any] = {
        "role": node.get_role_name(),
        "name": node.get_name() or "",
        "description": node.get_description() or "",
        "states": _states(node),
        "value": None,
        "actions": [],
        "labelled_by": [],
    }
    if node.get_value_iface() is not None:
        info["value"] = Atspi.Value.get_current_value(node)
    if node.get_action_iface() is not None:
        info["actions"] = [
            Atspi.Action.get_action_name(node, i) for i in range(Atspi.Action.get_n_actions(node))
        ]
    for relation in node.get_relation_set() or []:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            info["labelled_by"] += [
                relation.get_target(i).get_name() or "" for i in range(relation.get_n_targets())
            ]
    if node.get_text_iface() is not None:
        info["text"] = Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node))
    return info


def _windows() -> list[Any]:
    app = found["app"]
    wins = []
    for index in range(app.get_child_count()):
        child = app.get_child_at_index(index)
        if child is not None and _showing(child):
            wins.append(child)
    return wins


def tree() -> list[dict[str, Any]]:
    nodes = []
    for window in _windows():
        for node in [window, *_nodes(window)]:
            try:
                nodes.append(_info(node))
            except GLib.Error as exc:  # a node that went away while being read
                nodes.append({"role": "gone", "name": str(exc)})
    return nodes


def _matches(node: Any, role: str, name: str) -> bool:
    """``name`` ending in ``*`` matches names that start with the rest."""
    if node.get_role_name() != role:
        return False
    own = node.get_name() or ""
    return own.startswith(name[:-1]) if name.endswith("*") else own == name


def _find(role: str, name: str) -> Any:
    for window in _windows():
        for node in [window, *_nodes(window)]:
            try:
                if _matches(node, role, name):
                    return node
            except GLib.Error:
                continue
    return None


def find(role: str, name: str, timeout: float, gone: bool) -> dict[str, Any]:
    end = time.monotonic() + timeout
    while True:
        node = _find(role, name)
        if (node is None) == gone:
            return {"ok": True, "node": None if node is None else _info(node)}
        if time.monotonic() > end:
            return {
                "ok": False,
                "error": f"{role} {name!r} {'still there' if gone else 'not found'}",
            }
        pump(0.05)


def _wait_for(role: str, name: str, timeout: float = 10.0) -> Any:
    """The node, once it shows (a page or dialog opening on a busy machine takes a while)."""
    end = time.monotonic() + timeout
    node = _find(role, name)
    while node is None and time.monotonic() < end:
        pump(0.05)
        node = _find(role, name)
    return node


def act(role: str, name: str, action_name: str) -> dict[str, Any]:
    node = _wait_for(role, name)
    if node is None:
        return {"ok": False, "error": f"no {role} {name!r} showing"}
    if node.get_action_iface() is None:
        return {"ok": False, "error": f"{role} {name!r} has no actions"}
    count = Atspi.Action.get_n_actions(node)
    names = [Atspi.Action.get_action_name(node, i) for i in range(count)]
    if action_name not in names:
        return {"ok": False, "error": f"{role} {name!r} has actions {names}, not {action_name}"}
    Atspi.Action.do_action(node, names.index(action_name))
    pump(0.1)
    return {"ok": True}


def set_text(role: str, name: str, text: str) -> dict[str, Any]:
    node = _wait_for(role, name)
    if node is None or node.get_editable_text_iface() is None:
        return {"ok": False, "error": f"no editable {role} {name!r} showing"}
    Atspi.EditableText.set_text_contents(node, text)
    pump(0.1)
    return {"ok": True}


def focus() -> dict[str, Any]:
    for window in _windows():
        for node in _nodes(window):
            try:
                if node.get_state_set().contains(Atspi.StateType.FOCUSED):
                    return {"ok": True, "node": _info(node)}
            except GLib.Error:
                continue
    return {"ok": True, "node": None}


def attach(pid: int) -> dict[str, Any]:
    desktop = Atspi.get_desktop(0)
    end = time.monotonic() + 20
    while time.monotonic() < end:
        for index in range(desktop.get_child_count()):
            child = desktop.get_child_at_index(index)
            try:
                if child is not None and child.get_process_id() == pid:
                    found["app"] = child
                    return {"ok": True, "name": child.get_name()}
            except GLib.Error:
                continue
        pump(0.1)
    return {"ok": False, "error": f"no application with process id {pid} on the bus"}


def answer(command: dict[str, Any]) -> dict[str, Any]:
    op = command["op"]
    if op == "attach":
        return attach(int(command["pid"]))
    if op == "tree":
        return {"ok": True, "nodes": tree()}
    if op == "find":
        return find(
            command["role"],
            command["name"],
            float(command.get("timeout", 10)),
            bool(command.get("gone")),
        )
    if op == "act":
        return act(command["role"], command["name"], command.get("action", "Press"))
    if op == "text":
        return set_text(command["role"], command["name"], command["text"])
    if op == "focus":
        return focus()
    if op == "events":
        heard = list(events)
        if command.get("clear"):
            events.clear()
        return {"ok": True, "events": heard}
    if op == "pump":
        pump(float(command["seconds"]))
        return {"ok": True}
    return {"ok": False, "error": f"unknown op {op!r}"}


def main() -> None:
    pump(0.5)  # let Qt hear of the listeners before it starts
    print(json.dumps({"ok": True, "ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            reply = answer(json.loads(line))
        except Exception as exc:  # report, keep serving: the test says what failed
            reply = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main()
