#include "DocumentText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace aicet::reports {

QString documentText(const char *source, const QString &language)
{
    if (language == QLatin1String("fr")) {
        // Loaded once, never installed: it translates documents only, beside the interface's.
        static QTranslator french;
        static const bool loaded = french.load(QStringLiteral(":/i18n/aicet_fr.qm"));
        if (loaded) {
            const QString translated = french.translate("aicet::reports::Document", source);
            if (!translated.isEmpty()) {
                return translated;
            }
        }
    }
    return QString::fromUtf8(source);
}

QString staffNoteText(const QString &kind, const QJsonObject &payload, const QString &language)
{
    const auto text = [&](const char *source) { return documentText(source, language); };
    const QLocale locale(language);
    const auto minutes = [&](double seconds) { return locale.toString(seconds / 60.0, 'g', 4); };
    const QString reason = payload.value(QStringLiteral("reason")).toString();
    const auto withReason = [&](const QString &what) {
        return reason.isEmpty() ? what
                                : text(QT_TRANSLATE_NOOP("aicet::reports::Document", "%1: %2")).arg(what, reason);
    };
    if (kind == QLatin1String("paused")) {
        return withReason(text(QT_TRANSLATE_NOOP("aicet::reports::Document", "paused")));
    }
    if (kind == QLatin1String("unpaused")) {
        return text(QT_TRANSLATE_NOOP("aicet::reports::Document", "resumed after a pause"));
    }
    if (kind == QLatin1String("time_extended")) {
        const QJsonValue extra = payload.value(QStringLiteral("extra_seconds"));
        return extra.isDouble() ? text(QT_TRANSLATE_NOOP("aicet::reports::Document", "extra time set to %1 min"))
                                      .arg(minutes(extra.toDouble()))
                                : text(QT_TRANSLATE_NOOP("aicet::reports::Document", "%1 more minutes"))
                                      .arg(minutes(payload.value(QStringLiteral("seconds")).toDouble()));
    }
    if (kind == QLatin1String("reopened")) {
        const double seconds = payload.value(QStringLiteral("seconds")).toDouble();
        return withReason(seconds > 0.0
                ? text(QT_TRANSLATE_NOOP("aicet::reports::Document", "reopened with %1 more minutes"))
                      .arg(minutes(seconds))
                : text(QT_TRANSLATE_NOOP("aicet::reports::Document", "reopened")));
    }
    if (kind == QLatin1String("abandoned")) {
        return withReason(text(QT_TRANSLATE_NOOP("aicet::reports::Document", "stopped")));
    }
    if (kind == QLatin1String("incident")) {
        const QString category = payload.value(QStringLiteral("category")).toString();
        const QString what = category == QLatin1String("technical")
            ? text(QT_TRANSLATE_NOOP("aicet::reports::Document", "technical problem"))
            : category == QLatin1String("fraud")
            ? text(QT_TRANSLATE_NOOP("aicet::reports::Document", "fraud suspected"))
            : category == QLatin1String("unwell") ? text(QT_TRANSLATE_NOOP("aicet::reports::Document", "pupil unwell"))
                                                  : text(QT_TRANSLATE_NOOP("aicet::reports::Document", "other"));
        const QString note = payload.value(QStringLiteral("text")).toString();
        const QString incident = text(QT_TRANSLATE_NOOP("aicet::reports::Document", "incident: %1")).arg(what);
        return note.isEmpty() ? incident : QStringLiteral("%1 – %2").arg(incident, note);
    }
    return kind;
}

} // namespace aicet::reports
