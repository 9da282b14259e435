#pragma once

#include <QString>

class QApplication;

namespace aicet::gui {

/// The pupil's display choices, remembered on this computer (QSettings): language, text size,
/// high contrast, dyslexia-friendly font.
struct Preferences
{
    QString language = QStringLiteral("fr");
    int fontPoints = 13;
    bool highContrast = false;
    bool dyslexiaFont = false;

    static constexpr int kMinFont = 10;
    static constexpr int kMaxFont = 28;

    static Preferences load();
    void save() const;
    /// Applies font, colours and focus outline to the whole application.
    void apply(QApplication &app) const;
};

} // namespace aicet::gui
