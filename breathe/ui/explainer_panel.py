"""The in-app "why this helps" reader: an explainer's Markdown in a calm, narrow column."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from breathe.i18n import QT_TRANSLATE_NOOP
from breathe.ui.home.practice_card import apply_type_scale, set_type_scale
from breathe.ui.widgets.back_keys import back_button

log = logging.getLogger(__name__)

LINE_CHARACTERS = 70  # a comfortable reading measure
LINE_HEIGHT = 135  # percent
UNAVAILABLE = QT_TRANSLATE_NOOP(
    "ExplainerPanel", "This explanation could not be opened just now. Your practices work as usual."
)


class ExplainerPanel(QWidget):
    """Shows one explainer (``overview``, ``breathing``, ``grounding`` or ``relaxation``).

    Signals:
        closed(): the person pressed Back (or Esc, Alt+Left, Backspace).
        external_link(QUrl): an http(s) link was opened in the browser.
        about_requested(): "About breathe" (offered under the overview, which is Help).
    """

    closed = Signal()
    external_link = Signal(QUrl)
    about_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explainer = ""
        self.setAccessibleName(self.tr("Why this helps"))

        self.back = back_button(self, self.closed.emit, backspace=True)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        set_type_scale(self.heading, 1.6, bold=True)
        self.note = QLabel(
            self.tr("To understand, not to diagnose: ask a clinician about your own care."), self
        )
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)

        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Explanation"))
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setStyleSheet("QTextBrowser { background: transparent; }")
        self.text.anchorClicked.connect(self._follow)
        self.text.document().setDocumentMargin(12)
        set_type_scale(self.text, 1.1)

        # Help is the overview: version, licence and where the data lives are one step away
        self.about = QPushButton(self.tr("About breathe\u2026"), self)
        self.about.setAccessibleName(self.tr("About breathe: version, your data, licences"))
        self.about.setAutoDefault(True)
        self.about.clicked.connect(self.about_requested)
        self.about.hide()

        column = QVBoxLayout()
        column.setSpacing(14)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addStretch(1)
        top.addWidget(self.about)
        column.addLayout(top)
        column.addWidget(self.heading)
        column.addWidget(self.note)
        column.addWidget(self.text, 1)
        self.column = QWidget(self)
        self.column.setLayout(column)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.addStretch(1)
        outer.addWidget(self.column, 100)
        outer.addStretch(1)
        self._fit_measure()

    def show_explainer(self, explainer: str) -> None:
        """Load ``explainer`` (a practice, a preset or ``overview``) and scroll to its top."""
        try:
            from breathe.engine import explainers

            self.explainer = explainers.explainer_id(explainer)
            markdown = explainers.load(self.explainer)
            heading = explainers.markdown_title(markdown) or explainers.title(self.explainer)
        except (ImportError, OSError, ValueError):
            log.exception("could not open explainer %r", explainer)
            self.explainer = explainer
            markdown, heading = self.tr(UNAVAILABLE), self.tr("Why this helps")
        self.heading.setText(heading)
        self.about.setVisible(self.explainer == "overview")
        self.text.setMarkdown(_without_first_heading(markdown))
        self._soften()
        self.text.verticalScrollBar().setValue(0)
        self.back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _soften(self) -> None:
        """Airy lines and modest headings: Qt's Markdown headings are very large."""
        document = self.text.document()
        body = self.text.font().pointSizeF()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            cursor.setPosition(block.position())
            fmt = block.blockFormat()
            proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            fmt.setLineHeight(LINE_HEIGHT, proportional)
            level = fmt.headingLevel()
            if level:
                fmt.setTopMargin(14)
            cursor.setBlockFormat(fmt)
            if level:
                end = block.position() + block.length() - 1
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                chars = QTextCharFormat()
                chars.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
                chars.setFontPointSize(body * (1.25 if level <= 2 else 1.1))
                cursor.mergeCharFormat(chars)
            block = block.next()

    def _follow(self, url: QUrl) -> None:
        """Open only web links, and only outside the app; anything else is ignored."""
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
            self.external_link.emit(url)
        else:
            log.info("ignored a link in an explainer: %s", url.toString())

    def _fit_measure(self) -> None:
        """Keep lines near 70 characters, whatever the type size."""
        apply_type_scale(self)
        metrics = self.text.fontMetrics()
        width = metrics.averageCharWidth() * LINE_CHARACTERS + 2 * 12 + 24
        self.column.setMaximumWidth(int(width))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_measure()
        super().changeEvent(event)


def _without_first_heading(markdown: str) -> str:
    """The text below the title (the panel shows the title in its own, larger label)."""
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        if line.strip():
            return "\n".join(lines[i + 1 :]) if line.lstrip().startswith("#") else markdown
    return markdown
