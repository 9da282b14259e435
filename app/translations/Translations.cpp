#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace aicet::i18n {
namespace {

// The installed translators: one for AICET, one for Qt's own words (standard buttons, dialogs).
QTranslator &aicetTranslator()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}

QString &installedLanguage()
{
    static QString language = QStringLiteral("fr");
    return language;
}

} // namespace

QString currentLanguage()
{
    return installedLanguage();
}

QString setLanguage(const QString &language)
{
    const QString chosen = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr");
    installedLanguage() = chosen;
    QCoreApplication::removeTranslator(&aicetTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    if (aicetTranslator().load(QStringLiteral(":/i18n/aicet_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(&aicetTranslator());
    }
    if (qtTranslator().load(
            QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator());
    }
    return chosen;
}

QString systemLanguage()
{
    for (const char *variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty() && value != QLatin1String("C") && value != QLatin1String("C.UTF-8")
            && value != QLatin1String("POSIX")) {
            return value.startsWith(QLatin1String("fr")) ? QStringLiteral("fr") : QStringLiteral("en");
        }
    }
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace aicet::i18n
