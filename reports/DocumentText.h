#pragma once

#include <QJsonObject>
#include <QSizeF>
#include <QString>

#include <functional>

class QTextDocument;

namespace aicet::reports {

/// `source` (English, marked with QT_TRANSLATE_NOOP in the context "aicet::reports::Document") in
/// a document's own language, which need not be the interface's: a certificate in French is
/// French whatever language the command line speaks. The translations are the programs' Qt
/// Linguist files (their compiled .qm, linked into every program); English is the source.
QString documentText(const char *source, const QString &language);

/// A report written as a text document laid out in A4 pages (portrait or landscape, margins of
/// 18/15 mm), each page numbered "footer — n/N" at its bottom. `build` fills the document, laid
/// out at the page size it is given (in 1/96 inch), images and all. The PDF, or nothing with
/// `error`.
QByteArray paginatedPdf(const QString &title, const QString &footer, bool landscape,
    const std::function<void(QTextDocument &doc, const QSizeF &page)> &build, QString *error);

/// What the staff did to a session or noted in it, in `language`, from the event's stored name
/// and payload: "paused: fire drill", "extra time set to 10 min", "incident: pupil unwell – …".
QString staffNoteText(const QString &kind, const QJsonObject &payload, const QString &language);

} // namespace aicet::reports
