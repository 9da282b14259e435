#pragma once

#include <QString>

namespace aicet::i18n {

/// Installs AICET's translation for `language` ("fr" or "en") and Qt's own, in place of those
/// installed before. Every library's messages are in it (extracted by lupdate from all sources).
/// Returns the language installed.
QString setLanguage(const QString &language);

/// The language setLanguage() installed last ("fr" before any).
QString currentLanguage();

/// The language the system asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): French when it is
/// French, English otherwise.
QString systemLanguage();

} // namespace aicet::i18n
