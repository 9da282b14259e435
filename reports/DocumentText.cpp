#include "DocumentText.h"

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

} // namespace aicet::reports
