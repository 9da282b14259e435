#pragma once

#include <QString>

class QApplication;
class QWidget;

namespace aicet::gui {

/// The pupil's display choices, remembered on this computer (QSettings): language, text size,
/// high contrast, dyslexia-friendly font.
struct Preferences
{
    QString language = QStringLiteral("fr");
    int fontPoints = kDefaultFont;
    bool highContrast = false;
    bool dyslexiaFont = false;

    static constexpr int kDefaultFont = 13;
    static constexpr int kMinFont = 10;
    static constexpr int kMaxFont = 28;

    static Preferences load();
    void save() const;
    /// Applies font, colours and focus outline to the whole application.
    void apply(QApplication &app) const;
};

/// Marks a widget's text as `scale` times the application's font (and bold), so that it follows
/// the pupil's text size; applyFontRoles() sets it.
void setFontRole(QWidget *widget, double scale, bool bold = false);
/// Applies the font roles of `root` and its children from the current application font, or from
/// a base of `basePoints` (a preview at a pupil's text size).
void applyFontRoles(QWidget *root, int basePoints = 0);

} // namespace aicet::gui
