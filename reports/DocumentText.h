#pragma once

#include <QJsonObject>
#include <QString>

namespace aicet::reports {

/// `source` (English, marked with QT_TRANSLATE_NOOP in the context "aicet::reports::Document") in
/// a document's own language, which need not be the interface's: a certificate in French is
/// French whatever language the command line speaks. The translations are the programs' Qt
/// Linguist files (their compiled .qm, linked into every program); English is the source.
QString documentText(const char *source, const QString &language);

/// What the staff did to a session or noted in it, in `language`, from the event's stored name
/// and payload: "paused: fire drill", "extra time set to 10 min", "incident: pupil unwell – …".
QString staffNoteText(const QString &kind, const QJsonObject &payload, const QString &language);

} // namespace aicet::reports
